package io.socialroi.delivery;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The claim rows of deliveries, each step its own short transaction so that no lock is held while a mail or a
 * webhook call is under way. What makes a delivery happen once with any number of instances (docs/delivery.md):
 * an occurrence becomes a row keyed by (schedule, due time), inserted with ON CONFLICT DO NOTHING by whichever
 * instance holds the schedule's row lock (FOR UPDATE SKIP LOCKED); a row is sent only by the instance whose UPDATE
 * moved it to SENDING (again SKIP LOCKED); and a SENDING row whose lease ran out is never sent again (UNKNOWN).
 */
@ApplicationScoped
public class DeliveryLog {

    /** The active schedules due by now, locked; a schedule another instance is claiming is skipped. */
    static final String DUE_SCHEDULES = """
            select * from delivery_schedule
            where active and next_due_at <= :now
            order by next_due_at, id
            limit :limit
            for update skip locked""";

    /** The occurrence's claim row; nothing when it exists already. */
    static final String INSERT_OCCURRENCE = """
            insert into delivery (id, workspace_id, schedule_id, report_name, due_at, channel, recipients, status,
              attempts, next_attempt_at, created_by)
            select nextval('delivery_id_seq'), s.workspace_id, s.id, r.name, :due, s.channel, :recipients, 'PENDING', 0,
              :due, 'system'
            from delivery_schedule s join saved_report r on r.id = s.saved_report_id
            where s.id = :schedule
            on conflict (schedule_id, due_at) do nothing""";

    /** Deliveries ready to be tried, moved to SENDING by this statement alone; their ids. */
    static final String CLAIM_READY = """
            with ready as (
              select id from delivery
              where status in ('PENDING', 'RETRYING') and next_attempt_at <= :now
              order by next_attempt_at, id
              limit :limit
              for update skip locked
            ), claimed as (
              update delivery d set status = 'SENDING', attempts = d.attempts + 1, claimed_until = :leaseEnd,
                next_attempt_at = null
              from ready where d.id = ready.id
              returning d.id
            )
            select id from claimed order by id""";

    /** SENDING claims whose instance stopped before recording the outcome: not sent again. */
    static final String EXPIRE_CLAIMS = """
            update delivery set status = 'UNKNOWN', claimed_until = null,
              error = 'The sending instance stopped before recording the outcome; not sent again.'
            where status = 'SENDING' and claimed_until < :now""";

    @Inject
    EntityManager em;
    @Inject
    DeliveryConfig config;

    /** Every due occurrence made a claim row once; each schedule moved on to its next occurrence after now. */
    @Transactional(TxType.REQUIRES_NEW)
    public int claimDueOccurrences(Instant now) {
        @SuppressWarnings("unchecked")
        List<DeliveryScheduleEntity> due = em.createNativeQuery(DUE_SCHEDULES, DeliveryScheduleEntity.class)
                .setParameter("now", utc(now)).setParameter("limit", config.batchSize()).getResultList();
        int claimed = 0;
        for (DeliveryScheduleEntity schedule : due) {
            claimed += em.createNativeQuery(INSERT_OCCURRENCE).setParameter("due", schedule.nextDueAt)
                    .setParameter("recipients", schedule.channel == DeliveryChannel.EMAIL ? schedule.recipients
                            : Schedule.masked(schedule.webhookUrl))
                    .setParameter("schedule", schedule.id).executeUpdate();
            // occurrences missed while no instance ran collapse into this one: no flood of old reports
            schedule.nextDueAt = utc(schedule.rule().nextAfter(now));
        }
        return claimed;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public int expireClaims(Instant now) {
        return em.createNativeQuery(EXPIRE_CLAIMS).setParameter("now", utc(now)).executeUpdate();
    }

    /** The ids of the deliveries this instance now holds, SENDING until their outcome is recorded. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Long> claimReady(Instant now) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(CLAIM_READY).setParameter("now", utc(now))
                .setParameter("leaseEnd", utc(now.plus(config.claimLease()))).setParameter("limit", config.batchSize())
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Sent; {@code alsoRecord} runs in the same transaction while the claim stands (what the delivery told). */
    @Transactional(TxType.REQUIRES_NEW)
    public void sent(long id, Instant at, Runnable alsoRecord) {
        held(id).ifPresent(d -> {
            d.status = DeliveryStatus.SENT;
            d.sentAt = utc(at);
            d.claimedUntil = null;
            d.error = null;
            alsoRecord.run();
        });
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void skipped(long id, Runnable alsoRecord) {
        held(id).ifPresent(d -> {
            d.status = DeliveryStatus.SKIPPED;
            d.claimedUntil = null;
            alsoRecord.run();
        });
    }

    /**
     * A failed attempt: RETRYING after retryBackoff × 2^(attempts − 1), or FAILED after maxAttempts (or at once when
     * {@code finalFailure}: nothing a retry could change, such as a deleted schedule).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public void failed(long id, String error, Instant at, boolean finalFailure) {
        held(id).ifPresent(d -> {
            d.claimedUntil = null;
            d.error = error.length() > 2000 ? error.substring(0, 2000) : error;
            if (finalFailure || d.attempts >= config.maxAttempts()) {
                d.status = DeliveryStatus.FAILED;
            } else {
                d.status = DeliveryStatus.RETRYING;
                d.nextAttemptAt = utc(at.plus(config.retryBackoff().multipliedBy(1L << Math.min(d.attempts - 1, 20))));
            }
        });
    }

    /** The due time of the schedule's latest occurrence before {@code before} that was sent or skipped. */
    public Optional<Instant> lastDelivered(long scheduleId, Instant before) {
        return DeliveryEntity.<DeliveryEntity>find("scheduleId = ?1 and dueAt < ?2 and status in ?3 order by dueAt desc",
                scheduleId, utc(before), List.of(DeliveryStatus.SENT, DeliveryStatus.SKIPPED)).firstResultOptional()
                .map(d -> d.dueAt.toInstant());
    }

    /** The delivery while this instance's claim on it stands. */
    private Optional<DeliveryEntity> held(long id) {
        return DeliveryEntity.<DeliveryEntity>find("id = ?1 and status = ?2", id, DeliveryStatus.SENDING)
                .firstResultOptional();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
