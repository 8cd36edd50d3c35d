package io.socialroi.report;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.socialroi.common.DecimalScalar;
import io.socialroi.common.GuardedResolver;
import io.socialroi.earned.OrganicClickSource;

/** The value-based fields of {@code Roi}, batched over every Roi of a response and computed only when asked for. */
@GraphQLApi
@GuardedResolver
public class RoiValueGraphQLApi {

    @Inject
    ValueRoiService service;

    @Description("Value-based ROI: (returns − cost) × 100 / cost with returns = attributed revenue + attributed action"
            + " value + earned media value + service savings (valueReturns), over the same period, model and conversion"
            + " types; 2 decimals half-up; null when cost is 0 (undefinedReason). organicClicks chooses the clicks"
            + " behind earned media value.")
    public List<DecimalScalar> valuePercent(@Source List<Roi> rois,
            @Name("organicClicks") @DefaultValue("RECORDED") OrganicClickSource organicClicks) {
        return service.figures(rois, organicClicks).stream().map(v -> DecimalScalar.of(v.percent())).toList();
    }

    @Description("The returns behind valuePercent, line by line.")
    public @NonNull List<@NonNull ValueReturns> valueReturns(@Source List<Roi> rois,
            @Name("organicClicks") @DefaultValue("RECORDED") OrganicClickSource organicClicks) {
        var figures = service.figures(rois, organicClicks);
        return java.util.stream.IntStream.range(0, rois.size())
                .mapToObj(i -> ValueReturns.of(figures.get(i), rois.get(i).subject().scope().reportingCurrency())).toList();
    }
}
