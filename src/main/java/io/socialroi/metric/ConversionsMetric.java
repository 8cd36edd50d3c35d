package io.socialroi.metric;

import java.util.List;

import io.socialroi.campaign.Campaign;

/**
 * Credited conversions (fractions under multi-touch models): Campaign.conversions; the workspace's are its
 * conversions, each counted once.
 */
public final class ConversionsMetric implements Metric.OfCampaigns, Metric.ByBucket, Metric.OfWorkspace {

    @Override
    public Unit unit() {
        return Unit.CREDITED_COUNT;
    }

    @Override
    public List<MetricValue> ofCampaigns(MetricSources from, List<Campaign> campaigns, MetricArguments args) {
        return from.reports.conversions(campaigns, args.period(), args.attribution(), args.conversionTypes()).stream()
                .map(count -> MetricValue.of(count, null)).toList();
    }

    @Override
    public BucketValues byBucket(MetricSources from, BucketArguments args) {
        var credits = from.reportQueries.creditsByBucket(args.scope(), args.granularity(), args.campaignId(),
                args.channelId(), true);
        return start -> {
            var credit = credits.get(start);
            return credit == null ? MetricValue.ZERO : MetricValue.of(credit.conversions());
        };
    }

    @Override
    public MetricValue ofWorkspace(MetricSources from, MetricArguments args) {
        return MetricValue.of(from.reports.workspaceConversions(args.period(), args.attribution(), args.conversionTypes()),
                null);
    }
}
