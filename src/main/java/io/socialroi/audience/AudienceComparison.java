package io.socialroi.audience;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DateScalar;

@Type("AudienceComparison")
@Description("The channels' audiences side by side, the largest differences first.")
public record AudienceComparison(@NonNull DateScalar date,
        @NonNull @Description("Every segment of every dimension, by spread, largest first (ties: dimension, then"
                + " segment).") List<@NonNull AudienceDifference> differences) {
}
