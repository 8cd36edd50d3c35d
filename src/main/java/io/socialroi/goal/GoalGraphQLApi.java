package io.socialroi.goal;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.socialroi.campaign.Campaign;
import io.socialroi.common.DateScalar;
import io.socialroi.common.GuardedResolver;
import io.socialroi.common.InvalidInputException;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.Role;

@GraphQLApi
@GuardedResolver
public class GoalGraphQLApi {

    @Inject
    GoalService service;
    @Inject
    CurrentWorkspace workspace;

    @Query("goals")
    @Description("Goals by creation: of the campaign when campaignId is given, otherwise every goal of the workspace"
            + " (workspace goals and all campaigns' goals; a workspace goal has campaign null).")
    public @NonNull List<@NonNull Goal> goals(@Id @Name("campaignId") String campaignId) {
        return service.list(campaignId);
    }

    @Mutation("createGoal")
    @Description("A SMART goal on a campaign or the workspace. metric is a GoalMetric name (UNKNOWN_METRIC otherwise).")
    public @NonNull CreateGoalPayload createGoal(@NonNull @Name("input") CreateGoalInput input) {
        try {
            return new CreateGoalPayload(service.create(input), List.of());
        } catch (InvalidInputException e) {
            return new CreateGoalPayload(null, e.errors());
        }
    }

    @Mutation("updateGoal")
    @Description("Changes a goal's name, target or deadline (validated as on creation).")
    public @NonNull UpdateGoalPayload updateGoal(@NonNull @Name("input") UpdateGoalInput input) {
        try {
            return new UpdateGoalPayload(service.update(input), List.of());
        } catch (InvalidInputException e) {
            return new UpdateGoalPayload(null, e.errors());
        }
    }

    @Mutation("deleteGoal")
    public @NonNull DeleteGoalPayload deleteGoal(@NonNull @Name("input") DeleteGoalInput input) {
        try {
            return new DeleteGoalPayload(service.delete(input), List.of());
        } catch (InvalidInputException e) {
            return new DeleteGoalPayload(null, e.errors());
        }
    }

    /**
     * A subject names a person (often an e-mail address): members who only read or record figures see goals
     * without it. Null rather than a FORBIDDEN error, so a VIEWER's goal list that asks for it still loads.
     */
    @Description("Who created the goal (the token's subject); shown to ADMINs only, null for VIEWER and ANALYST.")
    public List<String> createdBy(@Source List<Goal> goals) {
        boolean admin = workspace.role().includes(Role.ADMIN);
        return goals.stream().map(goal -> admin ? goal.createdBy() : null).toList();
    }

    @Description("The campaign the goal is on; null for a goal of the whole workspace.")
    public List<Campaign> campaign(@Source List<Goal> goals) {
        return service.campaignOf(goals);
    }

    @Description("The goal evaluated on asOf (default: today, UTC): the metric over [startDate, min(asOf, deadline)].")
    public @NonNull List<@NonNull GoalProgress> progress(@Source List<Goal> goals, @Name("asOf") DateScalar asOf) {
        return service.progress(goals, asOf);
    }

    @Description("The campaign's goals, by creation.")
    public @NonNull List<@NonNull List<@NonNull Goal>> goals(@Source List<Campaign> campaigns) {
        return service.ofCampaigns(campaigns);
    }
}
