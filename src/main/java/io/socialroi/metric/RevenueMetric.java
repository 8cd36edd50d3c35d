package io.socialroi.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.socialroi.campaign.Campaign;
import io.socialroi.report.ReportQueries.Credits;

/**
 * Revenue credited by the attribution model: Campaign.attributedRevenue. The workspace's is every conversion's
 * whole revenue, attributed or not (credits of one conversion sum to its revenue).
 */
public final class RevenueMetric implements Metric.OfCampaigns, Metric.ByBucket, Metric.OfWorkspace {

    @Override
    public Unit unit() {
        return Unit.MONEY;
    }

    @Override
    public List<MetricValue> ofCampaigns(MetricSources from, List<Campaign> campaigns, MetricArguments args) {
        return from.reports.attributedRevenue(campaigns, args.period(), args.attribution(), args.conversionTypes())
                .stream().map(MetricValue::of).toList();
    }

    @Override
    public BucketValues byBucket(MetricSources from, BucketArguments args) {
        return BucketValues.sums(revenue(from.reportQueries.creditsByBucket(args.scope(), args.granularity(),
                args.campaignId(), args.channelId(), false)));
    }

    @Override
    public MetricValue ofWorkspace(MetricSources from, MetricArguments args) {
        return MetricValue.of(from.reports.workspaceRoi(args.period(), args.attribution(), args.conversionTypes())
                .revenue());
    }

    /** The credited revenue (or action value) of each bucket. */
    static Map<LocalDate, BigDecimal> revenue(Map<LocalDate, Credits> credits) {
        Map<LocalDate, BigDecimal> revenue = new HashMap<>();
        credits.forEach((start, c) -> revenue.put(start, c.revenue()));
        return revenue;
    }
}
