package io.socialroi.report;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.attribution.AttributionModel;
import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;

@Type("ModelResult")
public record ModelResult(@NonNull AttributionModel model, @NonNull Money attributedRevenue,
        @NonNull DecimalScalar conversions) {
}
