package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.attribution.AttributionModel;
import io.socialroi.common.DecimalScalar;

@Type("SavedAttribution")
@Description("The attribution fields a saved report sets; a null field takes the workspace's default attribution's"
        + " when the report runs, as a left-out AttributionInput field does.")
public record SavedAttribution(AttributionModel model, Integer lookbackDays, Integer halfLifeHours,
        DecimalScalar firstWeight, DecimalScalar lastWeight) {
}
