package io.socialroi.funnel;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.tracking.ConversionType;

@Type("FunnelStage")
@Description("A funnel stage: the persons with at least one conversion of this type in the period.")
public record FunnelStage(@NonNull ConversionType stage,
        @NonNull @Description("Distinct persons with a conversion of this type in the period.") int persons) {
}
