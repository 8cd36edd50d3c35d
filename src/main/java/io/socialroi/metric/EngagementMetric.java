package io.socialroi.metric;

import java.util.List;

import io.socialroi.campaign.Campaign;
import io.socialroi.channel.Channel;

/**
 * A metric of the engagement sums: a subclass says which figure of {@link EngagementTotals} it is, and this class
 * reads the sums as the Engagement fields do. A campaign counts the rows recorded with it (Campaign.engagement), a
 * channel its own rows without campaign (Channel.engagement), the workspace its channels' own totals added up;
 * a series counts a campaign's rows when campaignId is given, else the channels' own, optionally of one media type.
 */
abstract class EngagementMetric implements Metric.OfCampaigns, Metric.OfChannels, Metric.ByBucket, Metric.OfWorkspace {

    /** This metric of the sums. */
    abstract MetricValue of(EngagementTotals totals);

    @Override
    public List<MetricValue> ofCampaigns(MetricSources from, List<Campaign> campaigns, MetricArguments args) {
        return from.engagement.ofCampaigns(campaigns, args.period()).stream().map(e -> of(EngagementTotals.of(e)))
                .toList();
    }

    @Override
    public List<MetricValue> ofChannels(MetricSources from, List<Channel> channels, MetricArguments args) {
        return channelTotals(from, channels, args).stream().map(this::of).toList();
    }

    @Override
    public BucketValues byBucket(MetricSources from, BucketArguments args) {
        var counts = from.engagementQueries.byBucket(args.scope().workspaceId(), args.granularity(),
                args.scope().period(), args.campaignId(), args.channelId(), args.mediaType());
        return start -> of(EngagementTotals.of(counts.get(start)));
    }

    @Override
    public boolean filtersByMediaType() {
        return true;
    }

    /** The channels' own totals added up, then this metric of the sum (a rate of the sums, not a sum of rates). */
    @Override
    public MetricValue ofWorkspace(MetricSources from, MetricArguments args) {
        return of(channelTotals(from, from.channels.list(), args).stream()
                .reduce(EngagementTotals.NONE, EngagementTotals::plus));
    }

    /** Each channel's own totals (its rows without campaign), as Channel.engagement counts them. */
    private static List<EngagementTotals> channelTotals(MetricSources from, List<Channel> channels,
            MetricArguments args) {
        return from.engagement.ofChannels(channels, args.period()).stream().map(EngagementTotals::of).toList();
    }
}
