package io.socialroi.savings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import io.socialroi.money.MissingExchangeRateException;
import io.socialroi.report.Period;
import io.socialroi.report.ReportQueries.ReportScope;

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

    /** Per campaign, then per channel: the records credited to the campaign. */
    public Map<Long, Map<Long, Figures>> byCampaign(ReportScope scope, Collection<Long> campaignIds) {
        return sums(scope, "campaign_id", "campaign_id in (:ids)", campaignIds);
    }

    /** Per channel: every record of the channel, with or without a campaign. */
    public Map<Long, Map<Long, Figures>> byChannel(ReportScope scope, Collection<Long> channelIds) {
        return sums(scope, "channel_id", "channel_id in (:ids)", channelIds);
    }

    /** Every record of the workspace, per channel, under the key {@link #WORKSPACE}. */
    public Map<Long, Figures> forWorkspace(ReportScope scope) {
        return sums(scope, "0", "true", null).getOrDefault(WORKSPACE, Map.of());
    }

    /** Total savings per campaign (for value-based ROI). */
    public Map<Long, BigDecimal> totalByCampaign(ReportScope scope, Collection<Long> campaignIds) {
        return totals(byCampaign(scope, campaignIds));
    }

    /** Total savings per channel (for value-based ROI). */
    public Map<Long, BigDecimal> totalByChannel(ReportScope scope, Collection<Long> channelIds) {
        return totals(byChannel(scope, channelIds));
    }

    /**
     * Savings per time bucket of the period (date_trunc of each day), optionally of one campaign and/or channel: each
     * record's amount spread evenly over its days, as in the totals.
     */
    public Map<LocalDate, BigDecimal> byBucket(ReportScope scope, String unit, Long campaignId, Long channelId) {
        String sql = "with s as (select id, contacts, cost_per_contact, currency, period_from, period_to,"
                + " (period_to - period_from + 1) as days from service_saving where workspace_id = :ws"
                + " and period_from <= :toDate and period_to >= :fromDate"
                + (campaignId == null ? "" : " and campaign_id = :campaignId")
                + (channelId == null ? "" : " and channel_id = :channelId") + "),"
                + " b as (select date_trunc('" + unit + "', g.day)::date as bucket, s.id, count(*) as shared_days"
                + "   from s cross join lateral generate_series(greatest(s.period_from, :fromDate)::timestamp,"
                + "     least(s.period_to, :toDate)::timestamp, interval '1 day') as g(day) group by 1, 2),"
                + " c as (select b.bucket, s.currency, s.period_to,"
                + "   fx_convert(:ws, s.contacts * s.cost_per_contact * b.shared_days, s.currency, :rc, s.period_to) / s.days"
                + "   as converted from b join s on s.id = b.id)"
                + " select bucket, sum(converted), min(case when converted is null then currency || '|' || period_to end)"
                + " from c group by bucket";
        Query query = em.createNativeQuery(sql).setParameter("ws", scope.workspaceId())
                .setParameter("rc", scope.reportingCurrency()).setParameter("fromDate", scope.period().from())
                .setParameter("toDate", scope.period().to());
        if (campaignId != null) {
            query.setParameter("campaignId", campaignId);
        }
        if (channelId != null) {
            query.setParameter("channelId", channelId);
        }
        Map<LocalDate, BigDecimal> result = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            MissingExchangeRateException.failIfAny((String) row[2], scope.reportingCurrency());
            result.put(io.socialroi.common.DateInputs.ofColumn(row[0]), (BigDecimal) row[1]);
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

    private Map<Long, Map<Long, Figures>> sums(ReportScope scope, String key, String filter, Collection<Long> ids) {
        Map<Long, Map<Long, Figures>> result = new HashMap<>();
        if (ids != null && ids.isEmpty()) {
            return result;
        }
        Period period = scope.period();
        String shared = period.isAllTime() ? "(period_to - period_from + 1)"
                : "(least(period_to, :toDate) - greatest(period_from, :fromDate) + 1)";
        // amount × shared days is converted first and divided by the record's days last: one rounding-free step
        String sql = "with s as (select " + key + " as k, channel_id, contacts, cost_per_contact, currency, period_to,"
                + " " + shared + " as shared_days, (period_to - period_from + 1) as days"
                + " from service_saving where workspace_id = :ws and " + filter
                + (period.isAllTime() ? "" : " and period_from <= :toDate and period_to >= :fromDate") + "),"
                + " c as (select k, channel_id, currency, period_to, contacts * shared_days::numeric / days as contacts_share,"
                + "   fx_convert(:ws, contacts * cost_per_contact * shared_days, currency, :rc, period_to) / days as converted"
                + "   from s)"
                + " select k, channel_id, sum(contacts_share), sum(converted),"
                + " min(case when converted is null then currency || '|' || period_to end)"
                + " from c group by k, channel_id";
        Query query = em.createNativeQuery(sql).setParameter("ws", scope.workspaceId())
                .setParameter("rc", scope.reportingCurrency());
        if (ids != null) {
            query.setParameter("ids", ids);
        }
        if (!period.isAllTime()) {
            query.setParameter("fromDate", period.from()).setParameter("toDate", period.to());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            MissingExchangeRateException.failIfAny((String) row[4], scope.reportingCurrency());
            result.computeIfAbsent(((Number) row[0]).longValue(), k -> new HashMap<>())
                    .put(((Number) row[1]).longValue(), new Figures((BigDecimal) row[2], (BigDecimal) row[3]));
        }
        return result;
    }
}
