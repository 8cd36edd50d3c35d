package io.socialroi.metric;

import java.util.List;

import io.socialroi.campaign.Campaign;

/** Total cost, every category: Campaign.totalCost; the workspace's every cost entry. */
public final class CostMetric implements Metric.OfCampaigns, Metric.ByBucket, Metric.OfWorkspace {

    @Override
    public Unit unit() {
        return Unit.MONEY;
    }

    @Override
    public List<MetricValue> ofCampaigns(MetricSources from, List<Campaign> campaigns, MetricArguments args) {
        return from.reports.totalCost(campaigns, args.period()).stream().map(MetricValue::of).toList();
    }

    @Override
    public BucketValues byBucket(MetricSources from, BucketArguments args) {
        return BucketValues.sums(from.reportQueries.costsByBucket(args.scope(), args.granularity(), args.campaignId(),
                args.channelId()));
    }

    @Override
    public MetricValue ofWorkspace(MetricSources from, MetricArguments args) {
        return MetricValue.of(from.reports.workspaceRoi(args.period(), args.attribution(), args.conversionTypes()).cost());
    }
}
