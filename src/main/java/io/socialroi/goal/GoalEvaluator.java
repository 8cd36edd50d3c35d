package io.socialroi.goal;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.attribution.AttributionInput;
import io.socialroi.campaign.Campaign;
import io.socialroi.metric.Metric;
import io.socialroi.metric.MetricArguments;
import io.socialroi.metric.MetricSources;
import io.socialroi.metric.MetricValue;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.tracking.ConversionType;

/**
 * The value of a {@link GoalMetric} over a period, through its catalogue definition: for a list of campaigns at
 * once (one definition call, whatever the number of campaigns) or for the whole workspace. The campaign figures
 * are exactly those of the Campaign fields (totalCost, attributedRevenue, conversions, roi, attributedValue,
 * engagement, …); the workspace figures are: cost = every cost entry, revenue and conversions = every conversion
 * of the period (attributed or not, each counted once), engagement = the channels' own totals (rows without a
 * campaign) summed over every channel, as Channel.engagement reports them. Values are rounded by the metric's unit,
 * as the fields show them.
 */
@ApplicationScoped
public class GoalEvaluator {

    public static final String NO_WORKSPACE_FIGURE = "This metric is measured on campaign goals only.";

    @Inject
    MetricSources sources;

    /** One value per campaign, in order. */
    public List<MetricValue> ofCampaigns(GoalMetric metric, List<Campaign> campaigns, DateRangeInput period,
            AttributionInput attribution, ConversionType conversionType) {
        Metric.OfCampaigns definition = metric.definition();
        String currency = sources.reportingCurrency();
        return definition.ofCampaigns(sources, campaigns, arguments(period, attribution, conversionType)).stream()
                .map(value -> value.rounded(definition.unit(), currency)).toList();
    }

    /** The value of the whole workspace; undefined when the metric has no workspace figure. */
    public MetricValue ofWorkspace(GoalMetric metric, DateRangeInput period, AttributionInput attribution,
            ConversionType conversionType) {
        if (!(metric.definition() instanceof Metric.OfWorkspace definition)) {
            return new MetricValue(null, NO_WORKSPACE_FIGURE);
        }
        return definition.ofWorkspace(sources, arguments(period, attribution, conversionType))
                .rounded(definition.unit(), sources.reportingCurrency());
    }

    /** conversionType is set on CONVERSIONS goals only (GoalService refuses it on the others). */
    private static MetricArguments arguments(DateRangeInput period, AttributionInput attribution,
            ConversionType conversionType) {
        return new MetricArguments(period, attribution, conversionType == null ? null : List.of(conversionType));
    }
}
