package io.socialroi.imports;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.socialroi.common.GlobalId;
import io.socialroi.common.GuardedResolver;
import io.socialroi.common.InvalidInputException;

@GraphQLApi
@GuardedResolver
public class ImportGraphQLApi {

    @Inject
    ImportHistory history;
    @Inject
    PlatformCampaignMappingService mappings;

    @Query("imports")
    @Description("The files uploaded to POST /imports (dry runs and refusals too), newest first.")
    public @NonNull ImportConnection imports(@Name("first") Integer first, @Name("after") String after) {
        return history.page(first, after);
    }

    @Query("import")
    public Import importById(@NonNull @Id @Name("id") String id) {
        return GlobalId.decode(Import.TYPE, id).flatMap(history::find).orElse(null);
    }

    @Mutation("deleteImport")
    @Description("Removes what a COMPLETED import wrote (costs, engagement figures, conversions, touchpoints). Values"
            + " it replaced of earlier imports are not brought back. The import stays in the history as DELETED.")
    public @NonNull DeleteImportPayload deleteImport(@NonNull @Name("input") DeleteImportInput input) {
        try {
            return new DeleteImportPayload(history.delete(input), List.of());
        } catch (InvalidInputException e) {
            return new DeleteImportPayload(null, e.errors());
        }
    }

    @Query("platformCampaignMappings")
    @Description("Which ad platform campaigns imports record on which campaigns (checked before utmCampaign and name).")
    public @NonNull List<@NonNull PlatformCampaignMapping> platformCampaignMappings() {
        return mappings.list();
    }

    @Mutation("setPlatformCampaignMapping")
    public @NonNull SetPlatformCampaignMappingPayload setPlatformCampaignMapping(
            @NonNull @Name("input") SetPlatformCampaignMappingInput input) {
        try {
            return new SetPlatformCampaignMappingPayload(mappings.set(input), List.of());
        } catch (InvalidInputException e) {
            return new SetPlatformCampaignMappingPayload(null, e.errors());
        }
    }

    @Mutation("removePlatformCampaignMapping")
    public @NonNull RemovePlatformCampaignMappingPayload removePlatformCampaignMapping(
            @NonNull @Name("input") RemovePlatformCampaignMappingInput input) {
        try {
            return new RemovePlatformCampaignMappingPayload(mappings.remove(input), List.of());
        } catch (InvalidInputException e) {
            return new RemovePlatformCampaignMappingPayload(null, e.errors());
        }
    }
}
