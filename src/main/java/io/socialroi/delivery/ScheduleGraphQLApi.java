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
public class ScheduleGraphQLApi {

    @Inject
    ScheduleService service;

    @Query("schedules")
    @Description("The workspace's delivery schedules, oldest first.")
    public @NonNull List<@NonNull Schedule> schedules() {
        return service.list();
    }

    @Query("deliveries")
    @Description("The delivery log, newest occurrence first: when, to whom, status, attempts and the last error. 20 by"
            + " default, at most 100; of one schedule when scheduleId is given.")
    public @NonNull List<@NonNull Delivery> deliveries(@Id @Name("scheduleId") String scheduleId,
            @Name("first") Integer first) {
        return service.deliveries(scheduleId, first);
    }

    @Mutation("createSchedule")
    @Description("Delivers a saved report daily, weekly or monthly at a local time, by e-mail or webhook (ANALYST).")
    public @NonNull CreateSchedulePayload createSchedule(@NonNull @Name("input") ScheduleInput input) {
        try {
            return new CreateSchedulePayload(service.create(input), List.of());
        } catch (InvalidInputException e) {
            return new CreateSchedulePayload(null, e.errors());
        }
    }

    @Mutation("updateSchedule")
    @Description("Replaces a schedule's settings (ANALYST).")
    public @NonNull UpdateSchedulePayload updateSchedule(@NonNull @Name("input") UpdateScheduleInput input) {
        try {
            return new UpdateSchedulePayload(service.update(input), List.of());
        } catch (InvalidInputException e) {
            return new UpdateSchedulePayload(null, e.errors());
        }
    }

    @Mutation("deleteSchedule")
    @Description("Deletes a schedule (ANALYST); its deliveries stay in the log.")
    public @NonNull DeleteSchedulePayload deleteSchedule(@NonNull @Name("input") DeleteScheduleInput input) {
        try {
            return new DeleteSchedulePayload(service.delete(input), List.of());
        } catch (InvalidInputException e) {
            return new DeleteSchedulePayload(null, e.errors());
        }
    }
}
