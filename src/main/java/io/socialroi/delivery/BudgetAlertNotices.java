package io.socialroi.delivery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.socialroi.common.UnnestBatch;

/**
 * What each BUDGET_ALERTS schedule has told (docs/delivery.md, "Budget alerts"): a campaign is delivered when its
 * pacing alert rises above the one last delivered by that schedule (NONE → WARNING, WARNING → EXCEEDED, NONE →
 * EXCEEDED), once; while it stays there, later deliveries leave it out. A campaign back below a threshold (its
 * budget raised, its costs corrected) is remembered lower, so crossing again is news again.
 */
@ApplicationScoped
public class BudgetAlertNotices {

    /** The schedule's notices of the campaigns no longer at an alert (or no longer budgeted) are forgotten. */
    static final String FORGET = """
            delete from budget_alert_notice
            where schedule_id = :schedule and not (campaign_id = any(cast(:alerting as bigint[])))""";

    /** Each alerting campaign's alert as now delivered (or, when lower, as it now stands): one statement. */
    static final String REMEMBER = """
            insert into budget_alert_notice (id, workspace_id, schedule_id, campaign_id, alert, delivery_id, created_by)
            select nextval('budget_alert_notice_id_seq'), :ws, :schedule, a.campaign, a.alert, :delivery, 'system'
            from unnest(cast(:campaign as bigint[]), cast(:alert as varchar[])) as a(campaign, alert)
            on conflict (schedule_id, campaign_id) do update set alert = excluded.alert,
              delivery_id = case when excluded.alert = budget_alert_notice.alert then budget_alert_notice.delivery_id
                                 else excluded.delivery_id end""";

    @Inject
    EntityManager em;

    /** The alert last delivered per campaign by this schedule; a campaign without one is at NONE. */
    public Map<Long, PacingAlert> told(long scheduleId) {
        Map<Long, PacingAlert> told = new HashMap<>();
        BudgetAlertNoticeEntity.<BudgetAlertNoticeEntity>list("scheduleId", scheduleId)
                .forEach(n -> told.put(n.campaignId, n.alert));
        return told;
    }

    /** Whether the campaign's alert now is news to the schedule. */
    static boolean isNews(PacingAlert now, PacingAlert told) {
        return now.ordinal() > (told == null ? PacingAlert.NONE : told).ordinal();
    }

    /**
     * Remembers {@code alerts} (every budgeted campaign's alert as delivered) as what the schedule has told; called
     * in the transaction that records the delivery sent or skipped, so a failed delivery tells nothing.
     */
    @Transactional(TxType.MANDATORY)
    public void remember(long workspaceId, long scheduleId, long deliveryId, Map<Long, PacingAlert> alerts) {
        List<Long> alerting = alerts.entrySet().stream().filter(e -> e.getValue() != PacingAlert.NONE)
                .map(Map.Entry::getKey).sorted().toList();
        em.createNativeQuery(FORGET).setParameter("schedule", scheduleId)
                .setParameter("alerting", alerting.toArray(Long[]::new)).executeUpdate();
        if (!alerting.isEmpty()) {
            UnnestBatch.of(em.createNativeQuery(REMEMBER), alerting).column("campaign", id -> id, Long[]::new)
                    .column("alert", id -> alerts.get(id).name(), String[]::new).query()
                    .setParameter("ws", workspaceId).setParameter("schedule", scheduleId)
                    .setParameter("delivery", deliveryId).executeUpdate();
        }
    }
}
