package io.socialroi.metric;

import java.util.List;

import io.socialroi.campaign.Campaign;

/**
 * The action value set per conversion type, credited like revenue: Campaign.attributedValue; the workspace's is
 * every conversion's whole value. Its series is a line of VALUE_ROI's.
 */
public final class AttributedValueMetric implements Metric.OfCampaigns, Metric.ByBucket, Metric.OfWorkspace {

    @Override
    public Unit unit() {
        return Unit.MONEY;
    }

    @Override
    public List<MetricValue> ofCampaigns(MetricSources from, List<Campaign> campaigns, MetricArguments args) {
        return from.reports.attributedValue(campaigns, args.period(), args.attribution(), args.conversionTypes())
                .stream().map(MetricValue::of).toList();
    }

    @Override
    public BucketValues byBucket(MetricSources from, BucketArguments args) {
        return BucketValues.sums(RevenueMetric.revenue(from.reportQueries.creditsByBucket(args.scope().withActionValues(),
                args.granularity(), args.campaignId(), args.channelId(), false)));
    }

    @Override
    public MetricValue ofWorkspace(MetricSources from, MetricArguments args) {
        return MetricValue.of(from.reports.workspaceAttributedValue(args.period(), args.attribution(),
                args.conversionTypes()));
    }
}
