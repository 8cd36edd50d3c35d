package io.socialroi.engagement;

import static io.socialroi.common.SqlRows.date;
import static io.socialroi.common.SqlRows.decimal;
import static io.socialroi.common.SqlRows.enumValue;
import static io.socialroi.common.SqlRows.longOrZero;
import static io.socialroi.common.SqlRows.longValue;
import static io.socialroi.common.SqlRows.nullableLong;
import static io.socialroi.common.SqlRows.text;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import io.socialroi.common.SqlRows;
import io.socialroi.money.MissingExchangeRateException;
import io.socialroi.reporting.Granularity;
import io.socialroi.reporting.Period;
import io.socialroi.tracking.MediaType;
import io.socialroi.value.EngagementKind;

/** Engagement sums per campaign or channel and media type over a period: one statement for any number of them. */
@ApplicationScoped
public class EngagementQueries {

    /** Sums of one key and media type; {@code followersAtStart} null when no followers total was recorded. */
    public record Counts(long impressions, long reach, long likes, long comments, long shares, long saves, long clicks,
            long videoViews, long followersGained, long followersLost, Long followersAtStart) {
        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);

        /** The counts of a row, by the columns' names; followers_at_start only where the statement selects it. */
        static Counts of(Tuple row, boolean withFollowersAtStart) {
            return new Counts(longOrZero(row, "impressions"), longOrZero(row, "reach"), longOrZero(row, "likes"),
                    longOrZero(row, "comments"), longOrZero(row, "shares"), longOrZero(row, "saves"),
                    longOrZero(row, "clicks"), longOrZero(row, "video_views"), longOrZero(row, "followers_gained"),
                    longOrZero(row, "followers_lost"),
                    withFollowersAtStart ? nullableLong(row, "followers_at_start") : null);
        }

        Counts plus(Counts o) {
            return new Counts(impressions + o.impressions, reach + o.reach, likes + o.likes, comments + o.comments,
                    shares + o.shares, saves + o.saves, clicks + o.clicks, videoViews + o.videoViews,
                    followersGained + o.followersGained, followersLost + o.followersLost,
                    sum(followersAtStart, o.followersAtStart));
        }

        /** Null only when both are unknown. */
        private static Long sum(Long a, Long b) {
            if (a == null) {
                return b;
            }
            return b == null ? a : Long.valueOf(a + b);
        }
    }

    @Inject
    EntityManager em;

    /** Whose rows: a campaign's, or a channel's own daily totals (rows without a campaign). */
    private enum Key {
        CAMPAIGN("campaign_id", "campaign_id in (:ids)"),
        CHANNEL("channel_id", "campaign_id is null and channel_id in (:ids)");

        final String column;
        final String filter;

        Key(String column, String filter) {
            this.column = column;
            this.filter = filter;
        }
    }

    private static final String DAY_IN_PERIOD = "and day between :fromDate and :toDate";

    /** The rows of one campaign, else the channels' own totals; of one channel, of one media type (each optional). */
    private static final String OF_CAMPAIGN = "and campaign_id = :campaignId";
    private static final String WITHOUT_CAMPAIGN = "and campaign_id is null";
    private static final String OF_CHANNEL = "and channel_id = :channelId";
    private static final String OF_MEDIA_TYPE = "and media_type = :mediaType";

    /** Sums per time bucket (:unit of date_trunc) of the period. */
    static String byBucket(boolean ofCampaign, boolean ofChannel, boolean ofMediaType) {
        return """
                select date_trunc(:unit, day)::date as bucket, sum(impressions) as impressions, sum(reach) as reach,
                  sum(likes) as likes, sum(comments) as comments, sum(shares) as shares, sum(saves) as saves,
                  sum(clicks) as clicks, sum(video_views) as video_views, sum(followers_gained) as followers_gained,
                  sum(followers_lost) as followers_lost
                from engagement_day
                where workspace_id = :ws and day between :fromDate and :toDate %s %s %s
                group by 1
                """.formatted(ofCampaign ? OF_CAMPAIGN : WITHOUT_CAMPAIGN, ofChannel ? OF_CHANNEL : "",
                ofMediaType ? OF_MEDIA_TYPE : "");
    }

    private record BucketCounts(java.time.LocalDate bucket, Counts counts) {
        static BucketCounts of(Tuple row) {
            return new BucketCounts(date(row, "bucket"), Counts.of(row, false));
        }
    }

    /**
     * Sums per time bucket (date_trunc of the day): of one campaign's rows (optionally on one channel), else of the
     * channels' own totals (rows without a campaign; optionally one channel's), optionally of one media type.
     */
    public Map<java.time.LocalDate, Counts> byBucket(long ws, Granularity granularity, Period period, Long campaignId,
            Long channelId, MediaType mediaType) {
        Query query = em.createNativeQuery(byBucket(campaignId != null, channelId != null, mediaType != null), Tuple.class)
                .setParameter("unit", granularity.dateTruncUnit()).setParameter("ws", ws)
                .setParameter("fromDate", period.from()).setParameter("toDate", period.to());
        if (campaignId != null) {
            query.setParameter("campaignId", campaignId);
        }
        if (channelId != null) {
            query.setParameter("channelId", channelId);
        }
        if (mediaType != null) {
            query.setParameter("mediaType", mediaType.name());
        }
        Map<java.time.LocalDate, Counts> result = new HashMap<>();
        for (Tuple tuple : SqlRows.tuples(query)) {
            BucketCounts row = BucketCounts.of(tuple);
            result.put(row.bucket(), row.counts());
        }
        return result;
    }

    /** Sums per day, channel, campaign (null: a channel's own totals) and media type of the period. */
    static final String BY_DAY_CHANNEL_CAMPAIGN_AND_MEDIA_TYPE = """
            select day, channel_id, campaign_id, media_type, sum(impressions) as impressions, sum(reach) as reach,
              sum(likes) as likes, sum(comments) as comments, sum(shares) as shares, sum(saves) as saves,
              sum(clicks) as clicks, sum(video_views) as video_views, sum(followers_gained) as followers_gained,
              sum(followers_lost) as followers_lost
            from engagement_day
            where workspace_id = :ws and day between :fromDate and :toDate
            group by 1, 2, 3, 4
            """;

    /** A day's sums of one channel, campaign (null: the channel's own rows) and media type. */
    public record DayCounts(java.time.LocalDate day, long channelId, Long campaignId, MediaType mediaType, Counts counts) {
        static DayCounts of(Tuple row) {
            return new DayCounts(date(row, "day"), longValue(row, "channel_id"), nullableLong(row, "campaign_id"),
                    enumValue(row, "media_type", MediaType.class), Counts.of(row, false));
        }
    }

    /**
     * The period's sums per day, channel, campaign and media type in one statement: the leaves each scope's daily
     * series adds up as {@link #byBucket} counts them (a campaign its rows, a channel and the workspace the rows
     * without a campaign).
     */
    public java.util.List<DayCounts> byDayChannelCampaignAndMediaType(long ws, Period period) {
        Query query = em.createNativeQuery(BY_DAY_CHANNEL_CAMPAIGN_AND_MEDIA_TYPE, Tuple.class).setParameter("ws", ws)
                .setParameter("fromDate", period.from()).setParameter("toDate", period.to());
        return SqlRows.tuples(query).stream().map(DayCounts::of).toList();
    }

    /** Per campaign: the rows recorded with that campaign. */
    public Map<Long, Map<MediaType, Counts>> byCampaign(long ws, Collection<Long> campaignIds, Period period) {
        return sums(ws, Key.CAMPAIGN, campaignIds, period);
    }

    /** Per channel: the channel's own daily totals (rows without a campaign). */
    public Map<Long, Map<MediaType, Counts>> byChannel(long ws, Collection<Long> channelIds, Period period) {
        return sums(ws, Key.CHANNEL, channelIds, period);
    }

    /** The value of campaigns' engagement (counts × the values set per engagement kind), in the reporting currency. */
    public Map<Long, Map<MediaType, BigDecimal>> valueByCampaign(long ws, String rc, Collection<Long> ids, Period period) {
        return values(ws, rc, Key.CAMPAIGN, ids, period);
    }

    /** The value of channels' own engagement totals. */
    public Map<Long, Map<MediaType, BigDecimal>> valueByChannel(long ws, String rc, Collection<Long> ids, Period period) {
        return values(ws, rc, Key.CHANNEL, ids, period);
    }

    /** Each engagement kind of a day row {@code d} as a row (action, n): the one mapping of EngagementKind to SQL. */
    static String engagementKinds() {
        return java.util.Arrays.stream(EngagementKind.values())
                .map(k -> "('" + k.name() + "', d." + k.column + ")").collect(java.util.stream.Collectors.joining(", "));
    }

    /**
     * Σ count × value per kind, each day's amount converted at the rate in force that day (per currency and day,
     * like costs); missing_rate names the first pair and day without a rate.
     */
    static String values(Key key, Period period) {
        return """
                with d as (
                  select %s as k, media_type, day, impressions, likes, comments, shares, saves, clicks, video_views,
                    followers_gained
                  from engagement_day
                  where workspace_id = :ws and %s %s),
                v as (
                  select d.k, d.media_type, d.day, av.currency, sum(x.n * av.amount) as amount
                  from d
                  cross join lateral (values %s) x(action, n)
                  join action_value av on av.workspace_id = :ws and av.action = x.action
                  group by d.k, d.media_type, d.day, av.currency),
                c as (select v.*, fx_convert(:ws, v.amount, v.currency, :rc, v.day) as converted from v)
                select k, media_type, sum(converted) as value,
                  min(case when converted is null then currency || '|' || day end) as missing_rate
                from c
                group by k, media_type
                """.formatted(key.column, key.filter, period.isAllTime() ? "" : DAY_IN_PERIOD, engagementKinds());
    }

    private record KeyedValue(long key, MediaType mediaType, BigDecimal value, String missingRate) {
        static KeyedValue of(Tuple row) {
            return new KeyedValue(longValue(row, "k"), enumValue(row, "media_type", MediaType.class),
                    decimal(row, "value"), text(row, "missing_rate"));
        }
    }

    private Map<Long, Map<MediaType, BigDecimal>> values(long ws, String rc, Key key, Collection<Long> ids,
            Period period) {
        Map<Long, Map<MediaType, BigDecimal>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        Query query = em.createNativeQuery(values(key, period), Tuple.class)
                .setParameter("ws", ws).setParameter("rc", rc).setParameter("ids", ids);
        if (!period.isAllTime()) {
            query.setParameter("fromDate", period.from()).setParameter("toDate", period.to());
        }
        for (Tuple tuple : SqlRows.tuples(query)) {
            KeyedValue row = KeyedValue.of(tuple);
            MissingExchangeRateException.failIfAny(row.missingRate(), rc);
            result.computeIfAbsent(row.key(), k -> new EnumMap<>(MediaType.class)).put(row.mediaType(), row.value());
        }
        return result;
    }

    /**
     * Sums per key and media type. Followers at the start: per day series (channel, campaign, media type), the
     * first day of the period with a followers total, minus that day's net change.
     */
    static String sums(Key key, Period period) {
        return """
                with d as (
                  select %s as k, media_type, impressions, reach, likes, comments, shares, saves, clicks, video_views,
                    followers_gained, followers_lost, followers_total,
                    row_number() over (partition by channel_id, campaign_id, media_type
                      order by (followers_total is null), day) as nth
                  from engagement_day
                  where workspace_id = :ws and %s %s)
                select k, media_type, sum(impressions) as impressions, sum(reach) as reach, sum(likes) as likes,
                  sum(comments) as comments, sum(shares) as shares, sum(saves) as saves, sum(clicks) as clicks,
                  sum(video_views) as video_views, sum(followers_gained) as followers_gained,
                  sum(followers_lost) as followers_lost,
                  sum(followers_total - followers_gained + followers_lost)
                    filter (where nth = 1 and followers_total is not null) as followers_at_start
                from d
                group by k, media_type
                """.formatted(key.column, key.filter, period.isAllTime() ? "" : DAY_IN_PERIOD);
    }

    private record KeyedCounts(long key, MediaType mediaType, Counts counts) {
        static KeyedCounts of(Tuple row) {
            return new KeyedCounts(longValue(row, "k"), enumValue(row, "media_type", MediaType.class),
                    Counts.of(row, true));
        }
    }

    private Map<Long, Map<MediaType, Counts>> sums(long ws, Key key, Collection<Long> ids, Period period) {
        Map<Long, Map<MediaType, Counts>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        Query query = em.createNativeQuery(sums(key, period), Tuple.class).setParameter("ws", ws).setParameter("ids", ids);
        if (!period.isAllTime()) {
            query.setParameter("fromDate", period.from()).setParameter("toDate", period.to());
        }
        for (Tuple tuple : SqlRows.tuples(query)) {
            KeyedCounts row = KeyedCounts.of(tuple);
            result.computeIfAbsent(row.key(), k -> new EnumMap<>(MediaType.class)).put(row.mediaType(), row.counts());
        }
        return result;
    }
}
