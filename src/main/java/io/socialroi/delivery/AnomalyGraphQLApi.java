package io.socialroi.delivery;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.socialroi.common.DateScalar;
import io.socialroi.common.GuardedResolver;
import io.socialroi.common.InvalidInputException;

@GraphQLApi
@GuardedResolver
public class AnomalyGraphQLApi {

    @Inject
    AnomalyService service;

    @Query("anomalyAlerts")
    @Description("The day's metrics outside their robust band (median ± k × MAD of the trailing 28 days, at least 14"
            + " with a value), for the workspace, every channel and every campaign, acknowledged ones included (see"
            + " docs/delivery.md). day: yesterday in the workspace's time zone when absent.")
    public @NonNull List<@NonNull AnomalyAlert> anomalyAlerts(@Name("day") DateScalar day) {
        return service.alerts(day);
    }

    @Mutation("acknowledgeAnomalyAlert")
    @Description("Marks an anomaly alert seen (ANALYST): ANOMALY_ALERTS deliveries leave it out from then on.")
    public @NonNull AcknowledgeAnomalyAlertPayload acknowledgeAnomalyAlert(
            @NonNull @Name("input") AcknowledgeAnomalyAlertInput input) {
        try {
            return new AcknowledgeAnomalyAlertPayload(service.acknowledge(input), List.of());
        } catch (InvalidInputException e) {
            return new AcknowledgeAnomalyAlertPayload(null, e.errors());
        }
    }
}
