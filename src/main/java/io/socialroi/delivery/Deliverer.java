package io.socialroi.delivery;

import java.time.Clock;
import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;

import io.socialroi.workspace.CurrentWorkspace;

/**
 * Sends one claimed delivery: runs its saved report as of the occurrence's due time in the schedule's workspace (a
 * request context of its own, read as a VIEWER without a caller), then mails or posts it, and records the outcome.
 */
@ApplicationScoped
public class Deliverer {

    private static final Logger LOG = Logger.getLogger(Deliverer.class);

    @Inject
    DeliveryLog log;
    @Inject
    CurrentWorkspace workspace;
    @Inject
    SavedReportRunner runner;
    @Inject
    EmailSender email;
    @Inject
    WebhookSender webhook;
    @Inject
    BudgetAlertNotices notices;
    @Inject
    Clock clock;

    /**
     * Delivers in a request context of its own, whatever the calling thread has: the stand-in workspace of one
     * delivery must never leak into another's (or into a caller's) context.
     */
    public void deliver(long deliveryId) {
        ManagedContext context = Arc.container().requestContext();
        InjectableContext.ContextState outer = context.isActive() ? context.getState() : null;
        if (outer != null) {
            context.deactivate();
        }
        context.activate();
        try {
            deliverInOwnContext(deliveryId);
        } finally {
            context.terminate();
            if (outer != null) {
                context.activate(outer);
            }
        }
    }

    private void deliverInOwnContext(long deliveryId) {
        DeliveryEntity delivery = DeliveryEntity.findById(deliveryId);
        DeliveryScheduleEntity schedule = delivery.scheduleId == null ? null
                : DeliveryScheduleEntity.findById(delivery.scheduleId);
        SavedReportEntity report = schedule == null ? null : SavedReportEntity.findById(schedule.savedReportId);
        if (report == null) {
            log.failed(deliveryId, "The schedule or its saved report was deleted before the delivery was sent.",
                    clock.instant(), true);
            return;
        }
        try {
            workspace.runAs(delivery.workspaceId);
            SavedReportRunner.ScheduledRun scheduled = runner.runForSchedule(report, delivery.dueAt.toInstant(),
                    schedule.id);
            SavedReportRun run = scheduled.run();
            // a BUDGET_ALERTS schedule remembers what it told with the outcome, in the same transaction
            Runnable told = scheduled.budgetAlerts() == null ? () -> {
            } : () -> notices.remember(delivery.workspaceId, schedule.id, deliveryId, scheduled.budgetAlerts());
            if (schedule.skipWhenEmpty && run.rows().isEmpty()) {
                log.skipped(deliveryId, told);
                return;
            }
            DeliveryMessage message = DeliveryMessage.of(run);
            if (schedule.channel == DeliveryChannel.EMAIL) {
                email.send(Arrays.asList(schedule.recipients.split(",")), message);
            } else {
                webhook.post(schedule.webhookUrl, DeliveryMessage.webhookBody(schedule.webhookFormat, message, run));
            }
            log.sent(deliveryId, clock.instant(), told);
        } catch (RuntimeException e) {
            LOG.warnf("delivery %d (schedule %d) failed: %s", deliveryId, schedule.id, e.getMessage());
            log.failed(deliveryId, reason(e), clock.instant(), false);
        }
    }

    /** What the log shows: the failure in words, never a stack trace. */
    private static String reason(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "The delivery failed." : message;
    }
}
