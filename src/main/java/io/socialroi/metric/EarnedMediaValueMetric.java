package io.socialroi.metric;

import java.util.List;

import io.socialroi.campaign.Campaign;
import io.socialroi.channel.Channel;
import io.socialroi.common.BadArgumentException;
import io.socialroi.earned.EarnedMediaQueries;
import io.socialroi.earned.OrganicClickSource;

/**
 * Earned media value from the organic clicks recorded (earnedMediaValue.total with organicClicks RECORDED) and the
 * OWNED/EARNED impressions: what the organic reach would have cost.
 */
public final class EarnedMediaValueMetric implements Metric.OfCampaigns, Metric.OfChannels, Metric.ByBucket,
        Metric.OfWorkspace {

    private static final OrganicClickSource CLICKS = OrganicClickSource.RECORDED;

    @Override
    public Unit unit() {
        return Unit.MONEY;
    }

    @Override
    public List<MetricValue> ofCampaigns(MetricSources from, List<Campaign> campaigns, MetricArguments args) {
        return from.earnedMedia.ofCampaigns(campaigns, args.period(), CLICKS).stream()
                .map(value -> MetricValue.of(value.total())).toList();
    }

    @Override
    public List<MetricValue> ofChannels(MetricSources from, List<Channel> channels, MetricArguments args) {
        return from.earnedMedia.ofChannels(channels, args.period(), CLICKS).stream()
                .map(value -> MetricValue.of(value.total())).toList();
    }

    /** Of the campaign when one is given, else of the channel, else of the workspace. */
    @Override
    public BucketValues byBucket(MetricSources from, BucketArguments args) {
        Long campaign = args.campaignId();
        Long channel = args.channelId();
        if (campaign != null && channel != null) {
            throw new BadArgumentException("EARNED_MEDIA_VALUE and VALUE_ROI series take campaignId or channelId, not both.");
        }
        var target = campaign != null ? EarnedMediaQueries.Target.CAMPAIGN
                : channel != null ? EarnedMediaQueries.Target.CHANNEL
                : EarnedMediaQueries.Target.WORKSPACE;
        Long id = campaign != null ? campaign : channel;
        return BucketValues.sums(from.earnedMediaQueries.totalByBucket(args.scope().workspacePeriod(), target,
                id == null ? List.of() : List.of(id), CLICKS, args.granularity()));
    }

    @Override
    public MetricValue ofWorkspace(MetricSources from, MetricArguments args) {
        return MetricValue.of(from.earnedMedia.ofWorkspace(args.period(), CLICKS).total());
    }
}
