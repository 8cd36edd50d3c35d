package io.socialroi.report;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.socialroi.money.MissingExchangeRateException;
import io.socialroi.tracking.MediaType;
import io.socialroi.value.EngagementKind;

/** Engagement sums per campaign or channel and media type over a period: one statement for any number of them. */
@ApplicationScoped
public class EngagementQueries {

    /** Sums of one key and media type; {@code followersAtStart} null when no followers total was recorded. */
    public record Counts(long impressions, long reach, long likes, long comments, long shares, long saves, long clicks,
            long videoViews, long followersGained, long followersLost, Long followersAtStart) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);

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

    /**
     * Sums per time bucket (date_trunc of the day): of one campaign's rows (optionally on one channel), else of the
     * channels' own totals (rows without a campaign; optionally one channel's), optionally of one media type.
     */
    public Map<java.time.LocalDate, Counts> byBucket(long ws, String unit, Period period, Long campaignId, Long channelId,
            MediaType mediaType) {
        String sql = "select date_trunc('" + unit + "', day)::date, sum(impressions), sum(reach), sum(likes),"
                + " sum(comments), sum(shares), sum(saves), sum(clicks), sum(video_views), sum(followers_gained),"
                + " sum(followers_lost) from engagement_day where workspace_id = :ws and day between :fromDate and :toDate"
                + (campaignId == null ? " and campaign_id is null" : " and campaign_id = :campaignId")
                + (channelId == null ? "" : " and channel_id = :channelId")
                + (mediaType == null ? "" : " and media_type = :mediaType") + " group by 1";
        Query query = em.createNativeQuery(sql).setParameter("ws", ws).setParameter("fromDate", period.from())
                .setParameter("toDate", period.to());
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
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            result.put(io.socialroi.common.DateInputs.ofColumn(row[0]), new Counts(n(row[1]), n(row[2]), n(row[3]), n(row[4]), n(row[5]), n(row[6]), n(row[7]),
                    n(row[8]), n(row[9]), n(row[10]), null));
        }
        return result;
    }

    /** Per campaign: the rows recorded with that campaign. */
    public Map<Long, Map<MediaType, Counts>> byCampaign(long ws, Collection<Long> campaignIds, Period period) {
        return sums(ws, "campaign_id", "campaign_id in (:ids)", campaignIds, period);
    }

    /** Per channel: the channel's own daily totals (rows without a campaign). */
    public Map<Long, Map<MediaType, Counts>> byChannel(long ws, Collection<Long> channelIds, Period period) {
        return sums(ws, "channel_id", "campaign_id is null and channel_id in (:ids)", channelIds, period);
    }

    /** The value of campaigns' engagement (counts × the values set per engagement kind), in the reporting currency. */
    public Map<Long, Map<MediaType, BigDecimal>> valueByCampaign(long ws, String rc, Collection<Long> ids, Period period) {
        return values(ws, rc, "campaign_id", "campaign_id in (:ids)", ids, period);
    }

    /** The value of channels' own engagement totals. */
    public Map<Long, Map<MediaType, BigDecimal>> valueByChannel(long ws, String rc, Collection<Long> ids, Period period) {
        return values(ws, rc, "channel_id", "campaign_id is null and channel_id in (:ids)", ids, period);
    }

    /**
     * Σ count × value per kind, each day's amount converted at the rate in force that day (per currency and day,
     * like costs); a missing rate is an error naming the pair and the day.
     */
    private Map<Long, Map<MediaType, BigDecimal>> values(long ws, String rc, String key, String filter, Collection<Long> ids,
            Period period) {
        Map<Long, Map<MediaType, BigDecimal>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        String kinds = java.util.Arrays.stream(EngagementKind.values())
                .map(k -> "('" + k.name() + "', d." + k.column + ")").collect(java.util.stream.Collectors.joining(", "));
        String sql = "with d as (select " + key + " as k, media_type, day, impressions, likes, comments, shares, saves,"
                + " clicks, video_views, followers_gained from engagement_day where workspace_id = :ws and " + filter
                + (period.isAllTime() ? "" : " and day between :fromDate and :toDate") + "),"
                + " v as (select d.k, d.media_type, d.day, av.currency, sum(x.n * av.amount) as amount"
                + "   from d cross join lateral (values " + kinds + ") x(action, n)"
                + "   join action_value av on av.workspace_id = :ws and av.action = x.action"
                + "   group by d.k, d.media_type, d.day, av.currency),"
                + " c as (select v.*, fx_convert(:ws, v.amount, v.currency, :rc, v.day) as converted from v)"
                + " select k, media_type, sum(converted), min(case when converted is null then currency || '|' || day end)"
                + " from c group by k, media_type";
        Query query = em.createNativeQuery(sql).setParameter("ws", ws).setParameter("rc", rc).setParameter("ids", ids);
        if (!period.isAllTime()) {
            query.setParameter("fromDate", period.from()).setParameter("toDate", period.to());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            MissingExchangeRateException.failIfAny((String) row[3], rc);
            result.computeIfAbsent(((Number) row[0]).longValue(), k -> new EnumMap<>(MediaType.class))
                    .put(MediaType.valueOf((String) row[1]), (BigDecimal) row[2]);
        }
        return result;
    }

    private Map<Long, Map<MediaType, Counts>> sums(long ws, String key, String filter, Collection<Long> ids, Period period) {
        Map<Long, Map<MediaType, Counts>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        // Followers at the start: per day series (channel, campaign, media type), the first day of the period
        // with a followers total, minus that day's net change.
        String sql = "with d as (select " + key + " as k, media_type, impressions, reach, likes, comments, shares, saves,"
                + " clicks, video_views, followers_gained, followers_lost, followers_total,"
                + " row_number() over (partition by channel_id, campaign_id, media_type"
                + "   order by (followers_total is null), day) as nth"
                + " from engagement_day where workspace_id = :ws and " + filter
                + (period.isAllTime() ? "" : " and day between :fromDate and :toDate") + ")"
                + " select k, media_type, sum(impressions), sum(reach), sum(likes), sum(comments), sum(shares), sum(saves),"
                + " sum(clicks), sum(video_views), sum(followers_gained), sum(followers_lost),"
                + " sum(followers_total - followers_gained + followers_lost) filter (where nth = 1 and followers_total is not null)"
                + " from d group by k, media_type";
        Query query = em.createNativeQuery(sql).setParameter("ws", ws).setParameter("ids", ids);
        if (!period.isAllTime()) {
            query.setParameter("fromDate", period.from()).setParameter("toDate", period.to());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            result.computeIfAbsent(((Number) row[0]).longValue(), k -> new EnumMap<>(MediaType.class))
                    .put(MediaType.valueOf((String) row[1]), new Counts(n(row[2]), n(row[3]), n(row[4]), n(row[5]),
                            n(row[6]), n(row[7]), n(row[8]), n(row[9]), n(row[10]), n(row[11]),
                            row[12] == null ? null : ((Number) row[12]).longValue()));
        }
        return result;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
