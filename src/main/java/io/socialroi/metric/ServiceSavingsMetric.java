package io.socialroi.metric;

import java.util.List;

import io.socialroi.campaign.Campaign;
import io.socialroi.channel.Channel;

/** Service savings, deflected support contacts × cost per contact: serviceSavings.savings. */
public final class ServiceSavingsMetric implements Metric.OfCampaigns, Metric.OfChannels, Metric.ByBucket,
        Metric.OfWorkspace {

    @Override
    public Unit unit() {
        return Unit.MONEY;
    }

    @Override
    public List<MetricValue> ofCampaigns(MetricSources from, List<Campaign> campaigns, MetricArguments args) {
        return from.savings.ofCampaigns(campaigns, args.period()).stream()
                .map(savings -> MetricValue.of(savings.savings())).toList();
    }

    @Override
    public List<MetricValue> ofChannels(MetricSources from, List<Channel> channels, MetricArguments args) {
        return from.savings.ofChannels(channels, args.period()).stream()
                .map(savings -> MetricValue.of(savings.savings())).toList();
    }

    @Override
    public BucketValues byBucket(MetricSources from, BucketArguments args) {
        return BucketValues.sums(from.savingsQueries.byBucket(args.scope().workspacePeriod(), args.granularity(),
                args.campaignId(), args.channelId()));
    }

    @Override
    public MetricValue ofWorkspace(MetricSources from, MetricArguments args) {
        return MetricValue.of(from.savings.ofWorkspace(args.period()).savings());
    }
}
