package io.socialroi.metric;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.attribution.ReportScope;
import io.socialroi.common.DateScalar;
import io.socialroi.reporting.DateRangeInput;

/**
 * Every scope's daily cost, revenue, conversions, ROI and engagement rate at once: three grouped statements (cost,
 * credits under the workspace's default attribution, engagement) return the day's figures per channel, campaign
 * and media type, and each scope adds up the leaves it counts ({@link DailyLeaf#counts}). What timeSeries(DAY)
 * computes one scope at a time with a statement or two per scope and metric; DailyLeavesTest holds the two to each
 * other on random data.
 */
@ApplicationScoped
public class DailyLeaves {

    @Inject
    MetricSources sources;

    /** The leaves of the days from..to and the reporting currency they are in. */
    public record Leaves(String currency, List<DailyLeaf> leaves) {
    }

    public Leaves of(LocalDate from, LocalDate to) {
        DateRangeInput period = new DateRangeInput();
        period.from = DateScalar.of(from);
        period.to = DateScalar.of(to);
        ReportScope scope = sources.reports.scope(period, null, null);
        List<DailyLeaf> leaves = new ArrayList<>();
        sources.reportQueries.costsByDayChannelAndCampaign(scope)
                .forEach(c -> leaves.add(DailyLeaf.cost(c.day(), c.channelId(), c.campaignId(), c.amount())));
        sources.reportQueries.creditsByDayChannelAndCampaign(scope)
                .forEach(c -> leaves.add(DailyLeaf.credits(c.day(), c.channelId(), c.campaignId(),
                        c.credits().revenue(), c.credits().conversions())));
        sources.engagementQueries.byDayChannelCampaignAndMediaType(scope.workspaceId(), scope.period())
                .forEach(e -> {
                    EngagementTotals totals = EngagementTotals.of(e.counts());
                    leaves.add(DailyLeaf.engagement(e.day(), e.channelId(), e.campaignId(), e.mediaType(),
                            totals.engagements(), totals.impressions()));
                });
        return new Leaves(scope.reportingCurrency(), leaves);
    }
}
