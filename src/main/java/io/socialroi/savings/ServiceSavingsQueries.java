package io.socialroi.savings;

import static io.socialroi.common.SqlRows.date;
import static io.socialroi.common.SqlRows.decimal;
import static io.socialroi.common.SqlRows.longValue;
import static io.socialroi.common.SqlRows.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
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
import io.socialroi.reporting.WorkspacePeriod;

/**
 * Service savings summed in PostgreSQL, one statement for any number of campaigns or channels. A record counts
 * pro rata by the days of its period that lie in the report's period (SavingsPeriods); its amount is converted
 * into the reporting currency at the rate in force on its period's last day, and a missing rate is an error
 * naming the pair and the day.
 */
@ApplicationScoped
public class ServiceSavingsQueries {

    /** Exact (unrounded) figures in the reporting currency. */
    public record Figures(BigDecimal contacts, BigDecimal savings) {
        public static final Figures NONE = new Figures(BigDecimal.ZERO, BigDecimal.ZERO);

        public Figures plus(Figures o) {
            return new Figures(contacts.add(o.contacts), savings.add(o.savings));
        }
    }

    /** The key of the workspace's own totals in {@link #forWorkspace}. */
    public static final long WORKSPACE = 0L;

    @Inject
    EntityManager em;

    /** Whose records: a campaign's, a channel's (with or without a campaign), or all under {@link #WORKSPACE}. */
    private enum Key {
        CAMPAIGN("campaign_id", "campaign_id in (:ids)"),
        CHANNEL("channel_id", "channel_id in (:ids)"),
        WORKSPACE("0", "true");

        final String column;
        final String filter;

        Key(String column, String filter) {
            this.column = column;
            this.filter = filter;
        }
    }

    /** Per campaign, then per channel: the records credited to the campaign. */
    public Map<Long, Map<Long, Figures>> byCampaign(WorkspacePeriod scope, Collection<Long> campaignIds) {
        return sums(scope, Key.CAMPAIGN, campaignIds);
    }

    /** Per channel: every record of the channel, with or without a campaign. */
    public Map<Long, Map<Long, Figures>> byChannel(WorkspacePeriod scope, Collection<Long> channelIds) {
        return sums(scope, Key.CHANNEL, channelIds);
    }

    /** Every record of the workspace, per channel, under the key {@link #WORKSPACE}. */
    public Map<Long, Figures> forWorkspace(WorkspacePeriod scope) {
        return sums(scope, Key.WORKSPACE, null).getOrDefault(WORKSPACE, Map.of());
    }

    /** Total savings per campaign (for value-based ROI). */
    public Map<Long, BigDecimal> totalByCampaign(WorkspacePeriod scope, Collection<Long> campaignIds) {
        return totals(byCampaign(scope, campaignIds));
    }

    /** Total savings per channel (for value-based ROI). */
    public Map<Long, BigDecimal> totalByChannel(WorkspacePeriod scope, Collection<Long> channelIds) {
        return totals(byChannel(scope, channelIds));
    }

    /** Records of one campaign, of one channel (each optional). */
    private static final String OF_CAMPAIGN = "and campaign_id = :campaignId";
    private static final String OF_CHANNEL = "and channel_id = :channelId";

    /** Savings per time bucket (:unit of date_trunc) of the period; missing_rate names the first pair and day without a rate. */
    static String byBucket(boolean ofCampaign, boolean ofChannel) {
        return """
                with s as (
                  select id, contacts, cost_per_contact, currency, period_from, period_to,
                    (period_to - period_from + 1) as days
                  from service_saving
                  where workspace_id = :ws and period_from <= :toDate and period_to >= :fromDate %s %s),
                b as (
                  select date_trunc(:unit, g.day)::date as bucket, s.id, count(*) as shared_days
                  from s
                  cross join lateral generate_series(greatest(s.period_from, :fromDate)::timestamp,
                    least(s.period_to, :toDate)::timestamp, interval '1 day') as g(day)
                  group by 1, 2),
                c as (
                  select b.bucket, s.currency, s.period_to,
                    fx_convert(:ws, s.contacts * s.cost_per_contact * b.shared_days, s.currency, :rc, s.period_to) / s.days
                      as converted
                  from b join s on s.id = b.id)
                select bucket, sum(converted) as savings,
                  min(case when converted is null then currency || '|' || period_to end) as missing_rate
                from c
                group by bucket
                """.formatted(ofCampaign ? OF_CAMPAIGN : "", ofChannel ? OF_CHANNEL : "");
    }

    private record BucketSavings(LocalDate bucket, BigDecimal savings, String missingRate) {
        static BucketSavings of(Tuple row) {
            return new BucketSavings(date(row, "bucket"), decimal(row, "savings"), text(row, "missing_rate"));
        }
    }

    /**
     * Savings per time bucket of the period (date_trunc of each day), optionally of one campaign and/or channel: each
     * record's amount spread evenly over its days, as in the totals.
     */
    public Map<LocalDate, BigDecimal> byBucket(WorkspacePeriod scope, Granularity granularity, Long campaignId,
            Long channelId) {
        Query query = em.createNativeQuery(byBucket(campaignId != null, channelId != null), Tuple.class)
                .setParameter("unit", granularity.dateTruncUnit()).setParameter("ws", scope.workspaceId())
                .setParameter("rc", scope.reportingCurrency()).setParameter("fromDate", scope.period().from())
                .setParameter("toDate", scope.period().to());
        if (campaignId != null) {
            query.setParameter("campaignId", campaignId);
        }
        if (channelId != null) {
            query.setParameter("channelId", channelId);
        }
        Map<LocalDate, BigDecimal> result = new HashMap<>();
        for (Tuple tuple : SqlRows.tuples(query)) {
            BucketSavings row = BucketSavings.of(tuple);
            MissingExchangeRateException.failIfAny(row.missingRate(), scope.reportingCurrency());
            result.put(row.bucket(), row.savings());
        }
        return result;
    }

    public static Figures total(Map<Long, Figures> byChannel) {
        return byChannel == null ? Figures.NONE : byChannel.values().stream().reduce(Figures.NONE, Figures::plus);
    }

    private static Map<Long, BigDecimal> totals(Map<Long, Map<Long, Figures>> byKey) {
        Map<Long, BigDecimal> result = new HashMap<>();
        byKey.forEach((k, v) -> result.put(k, total(v).savings()));
        return result;
    }

    /** The days of a record in the period (none: all time), and whether it overlaps the period at all. */
    private static final String ALL_DAYS = "(period_to - period_from + 1)";
    private static final String DAYS_IN_PERIOD = "(least(period_to, :toDate) - greatest(period_from, :fromDate) + 1)";
    private static final String OVERLAPS_PERIOD = "and period_from <= :toDate and period_to >= :fromDate";

    /**
     * Contacts and savings per key and channel. The amount × shared days is converted first and divided by the
     * record's days last: one rounding-free step.
     */
    static String sums(Key key, Period period) {
        return """
                with s as (
                  select %s as k, channel_id, contacts, cost_per_contact, currency, period_to,
                    %s as shared_days, (period_to - period_from + 1) as days
                  from service_saving
                  where workspace_id = :ws and %s %s),
                c as (
                  select k, channel_id, currency, period_to, contacts * shared_days::numeric / days as contacts_share,
                    fx_convert(:ws, contacts * cost_per_contact * shared_days, currency, :rc, period_to) / days as converted
                  from s)
                select k, channel_id, sum(contacts_share) as contacts, sum(converted) as savings,
                  min(case when converted is null then currency || '|' || period_to end) as missing_rate
                from c
                group by k, channel_id
                """.formatted(key.column, period.isAllTime() ? ALL_DAYS : DAYS_IN_PERIOD, key.filter,
                period.isAllTime() ? "" : OVERLAPS_PERIOD);
    }

    private record KeyedFigures(long key, long channelId, Figures figures, String missingRate) {
        static KeyedFigures of(Tuple row) {
            return new KeyedFigures(longValue(row, "k"), longValue(row, "channel_id"),
                    new Figures(decimal(row, "contacts"), decimal(row, "savings")), text(row, "missing_rate"));
        }
    }

    private Map<Long, Map<Long, Figures>> sums(WorkspacePeriod scope, Key key, Collection<Long> ids) {
        Map<Long, Map<Long, Figures>> result = new HashMap<>();
        if (ids != null && ids.isEmpty()) {
            return result;
        }
        Period period = scope.period();
        Query query = em.createNativeQuery(sums(key, period), Tuple.class).setParameter("ws", scope.workspaceId())
                .setParameter("rc", scope.reportingCurrency());
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        if (!period.isAllTime()) {
            query.setParameter("fromDate", period.from()).setParameter("toDate", period.to());
        }
        for (Tuple tuple : SqlRows.tuples(query)) {
            KeyedFigures row = KeyedFigures.of(tuple);
            MissingExchangeRateException.failIfAny(row.missingRate(), scope.reportingCurrency());
            result.computeIfAbsent(row.key(), k -> new HashMap<>()).put(row.channelId(), row.figures());
        }
        return result;
    }
}
