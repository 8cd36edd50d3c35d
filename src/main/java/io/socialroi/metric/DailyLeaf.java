package io.socialroi.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import io.socialroi.tracking.MediaType;

/**
 * One day's figures of one (channel, campaign, media type): a row of one of the three grouped statements that
 * {@link DailyLeaves} reads. A cost leaf carries cost only (channel: the cost's channel, null when unallocated), a
 * credit leaf revenue and conversions (channel: the touchpoint's, null without one), an engagement leaf engagements
 * and impressions (campaign null: the channel's own totals). Every scope's daily series is the sum of the leaves it
 * {@link #counts}.
 */
public record DailyLeaf(LocalDate day, Source source, Long channelId, Long campaignId, MediaType mediaType,
        BigDecimal cost, BigDecimal revenue, BigDecimal conversions, long engagements, long impressions) {

    /** Which statement a leaf comes from. */
    public enum Source {
        COST, CREDITS, ENGAGEMENT
    }

    /**
     * Whether this leaf counts in the series of timeSeries(campaignId:, channelId:) (database ids, each optional):
     * costs and credits by their campaign and channel; engagement as Campaign.engagement and Channel.engagement
     * count it, a campaign's rows when a campaign is asked for, else only the channels' own rows.
     */
    public boolean counts(Long campaign, Long channel) {
        boolean ofCampaign = source == Source.ENGAGEMENT && campaign == null ? campaignId == null
                : campaign == null || campaign.equals(campaignId);
        return ofCampaign && (channel == null || channel.equals(channelId));
    }

    /** The leaf's key at a level of detail: its channel, its campaign or its media type (null: none). */
    public Object key(Part part) {
        return switch (part) {
            case CHANNEL -> channelId;
            case CAMPAIGN -> campaignId;
            case MEDIA_TYPE -> mediaType;
        };
    }

    /** A level of detail a scope's figures split into. */
    public enum Part {
        CHANNEL, CAMPAIGN, MEDIA_TYPE
    }

    static DailyLeaf cost(LocalDate day, Long channel, Long campaign, BigDecimal amount) {
        return new DailyLeaf(day, Source.COST, channel, campaign, null, Objects.requireNonNullElse(amount, BigDecimal.ZERO),
                BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);
    }

    static DailyLeaf credits(LocalDate day, Long channel, Long campaign, BigDecimal revenue, BigDecimal conversions) {
        return new DailyLeaf(day, Source.CREDITS, channel, campaign, null, BigDecimal.ZERO,
                Objects.requireNonNullElse(revenue, BigDecimal.ZERO),
                Objects.requireNonNullElse(conversions, BigDecimal.ZERO), 0, 0);
    }

    static DailyLeaf engagement(LocalDate day, long channel, Long campaign, MediaType mediaType, long engagements,
            long impressions) {
        return new DailyLeaf(day, Source.ENGAGEMENT, channel, campaign, mediaType, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, engagements, impressions);
    }
}
