package io.socialroi.delivery;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.socialroi.common.GuardedResolver;
import io.socialroi.common.InvalidInputException;

@GraphQLApi
@GuardedResolver
public class SavedReportGraphQLApi {

    @Inject
    SavedReportService service;
    @Inject
    SavedReportRunner runner;

    @Query("savedReports")
    @Description("The workspace's saved reports, by name.")
    public @NonNull List<@NonNull SavedReport> savedReports() {
        return service.list();
    }

    @Query("runSavedReport")
    @Description("Runs a saved report now: its period rule resolved on today in the workspace's time zone, the"
            + " figures from the same services as its GraphQL report, laid out as a table.")
    public @NonNull SavedReportRun runSavedReport(@NonNull @Id @Name("id") String id) {
        return runner.run(id);
    }

    @Mutation("createSavedReport")
    @Description("Saves a report definition (ANALYST).")
    public @NonNull CreateSavedReportPayload createSavedReport(@NonNull @Name("input") SavedReportInput input) {
        try {
            return new CreateSavedReportPayload(service.create(input), List.of());
        } catch (InvalidInputException e) {
            return new CreateSavedReportPayload(null, e.errors());
        }
    }

    @Mutation("updateSavedReport")
    @Description("Replaces a saved report's definition (ANALYST).")
    public @NonNull UpdateSavedReportPayload updateSavedReport(@NonNull @Name("input") UpdateSavedReportInput input) {
        try {
            return new UpdateSavedReportPayload(service.update(input), List.of());
        } catch (InvalidInputException e) {
            return new UpdateSavedReportPayload(null, e.errors());
        }
    }

    @Mutation("deleteSavedReport")
    @Description("Deletes a saved report and its schedules (ANALYST); the delivery log keeps its entries.")
    public @NonNull DeleteSavedReportPayload deleteSavedReport(@NonNull @Name("input") DeleteSavedReportInput input) {
        try {
            return new DeleteSavedReportPayload(service.delete(input), List.of());
        } catch (InvalidInputException e) {
            return new DeleteSavedReportPayload(null, e.errors());
        }
    }
}
