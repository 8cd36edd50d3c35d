package io.socialroi.attribution;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.socialroi.common.SqlRows;
import io.socialroi.money.ExchangeRateSet;
import io.socialroi.reporting.Period;
import io.socialroi.tracking.ConversionEntity;
import io.socialroi.tracking.ConversionsCorrected;
import io.socialroi.tracking.ConversionsDeleting;
import io.socialroi.tracking.ConversionsRecorded;
import io.socialroi.tracking.TouchpointsDeleting;
import io.socialroi.tracking.TouchpointsRecorded;
import io.socialroi.workspace.ReportingCurrencyChanged;
import io.socialroi.workspace.WorkspaceEntity;

/**
 * Keeps the stored credits of each workspace's default setting (attribution_credit) equal to what the on-demand
 * statements compute. Maintenance runs in the transaction of every write that can change credits, so a report sees
 * the credits and the data they come from in one snapshot; a write re-credits only the conversions it can change,
 * with the on-demand SQL itself restricted to them, so both paths share one definition of every number
 * (docs/design.md, "Stored credits"). A change of the default setting or of the reporting currency rebuilds the
 * workspace in the background, chunk by chunk; reports compute on demand until it is READY again.
 */
@ApplicationScoped
public class StoredCredits {

    private static final Logger LOG = Logger.getLogger(StoredCredits.class);

    /** Conversions credited per transaction of a rebuild: short enough not to hold the workspace's writes up long. */
    static final int REBUILD_CHUNK = 5_000;

    /** Fired by {@link #requestRebuild}; its observer starts the job once the transaction committed. */
    record RebuildRequested(long workspaceId) {
    }

    @Inject
    EntityManager em;
    @Inject
    Event<RebuildRequested> rebuildRequested;
    /**
     * One thread of its own for rebuilds, which are rare and long: they neither wait for nor hold up the request
     * workers, and carry no request's context. A stop interrupts it; the chunk in flight rolls back.
     */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "stored-credits-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    void stop(@Observes ShutdownEvent stop) {
        executor.shutdownNow();
    }

    // ---- which conversions a write can change ------------------------------------------------------------------

    /**
     * A touch is in the paths of its person's conversions from its instant to its instant plus the lookback: those
     * are credited again (a touch out of order moves the later positions of those paths too).
     */
    static final String AFFECTED_BY_TOUCHPOINTS = """
            select distinct c.id
            from (select t.person_key, min(t.occurred_at) as first_at, max(t.occurred_at) as last_at
                  from touchpoint t
                  where t.workspace_id = :ws and t.id = any(cast(:ids as bigint[]))
                  group by t.person_key) b
            join conversion c on c.workspace_id = :ws and c.person_key = b.person_key
              and c.occurred_at >= b.first_at and c.occurred_at <= b.last_at + make_interval(secs => :lookback * 86400)
            """;

    /**
     * Under W_SHAPED and FULL_PATH a new LEAD or OPPORTUNITY can move its person's milestones: every conversion of
     * the persons of the batch is credited again. (Other models credit each conversion on its own path alone.)
     */
    static final String CONVERSIONS_OF_THE_SAME_PERSONS = """
            select c.id
            from conversion c
            where c.workspace_id = :ws and c.person_key in (
              select n.person_key from conversion n where n.workspace_id = :ws and n.id = any(cast(:ids as bigint[])))
            """;

    /** A rate from validFrom on converts the revenue of the conversions in that currency from that day on. */
    static final String AFFECTED_BY_RATE = """
            select c.id
            from conversion c
            where c.workspace_id = :ws and c.revenue_currency = :currency
              and (c.occurred_at at time zone 'UTC')::date >= :validFrom
            """;

    static final String NEXT_CHUNK = """
            select c.id from conversion c where c.workspace_id = :ws and c.id > :after order by c.id limit :size
            """;

    static final String DELETE = """
            delete from attribution_credit where workspace_id = :ws and conversion_id = any(cast(:ids as bigint[]))
            """;

    static final String DELETE_ALL = "delete from attribution_credit where workspace_id = :ws";

    /** The workspace's write turn, as WorkspaceDataVersion takes it, so a rebuild chunk and a write never overlap. */
    static final String WRITE_TURN = "select id from workspace where id = :ws for no key update";

    /** The on-demand credit CTEs over the conversions bound as :ids (all time, every type, revenue), stored. */
    static String insert(String counted, String creditCtes) {
        return """
                insert into attribution_credit (workspace_id, conversion_id, pos, n, converted_at, conversion_type,
                  on_date, touchpoint_id, channel_id, campaign_id, media_type, revenue_credit, count_credit, missing_rate)
                with %s, %s
                select :ws, cr.conversion_id, cr.pos, cr.n, c.occurred_at, c.type, cr.on_date, cr.touchpoint_id,
                  cr.channel_id, cr.campaign_id, cr.media_type, cr.revenue_credit, cr.count_credit, cr.missing_rate
                from credit cr
                join conversion c on c.id = cr.conversion_id
                """.formatted(counted, creditCtes);
    }

    // ---- maintenance in the writing transaction ----------------------------------------------------------------

    void touchpointsRecorded(@Observes TouchpointsRecorded recorded) {
        stored(recorded.workspaceId()).ifPresent(settings -> recredit(recorded.workspaceId(), settings,
                ids(em.createNativeQuery(AFFECTED_BY_TOUCHPOINTS).setParameter("ws", recorded.workspaceId())
                        .setParameter("ids", recorded.touchpointIds().toArray(Long[]::new))
                        .setParameter("lookback", settings.lookbackDays()))));
    }

    void conversionsRecorded(@Observes ConversionsRecorded recorded) {
        stored(recorded.workspaceId()).ifPresent(settings -> recredit(recorded.workspaceId(), settings,
                AttributionSql.usesMilestones(settings.model())
                        ? ids(em.createNativeQuery(CONVERSIONS_OF_THE_SAME_PERSONS)
                                .setParameter("ws", recorded.workspaceId())
                                .setParameter("ids", recorded.conversionIds().toArray(Long[]::new)))
                        : recorded.conversionIds()));
    }

    // ---- corrections: what a delete changes is found before it, and credited again after it ---------------------

    /** The conversions whose windows hold the touchpoints about to be deleted (the rule of a recorded touch). */
    void touchpointsDeleting(@Observes TouchpointsDeleting deleting) {
        stored(deleting.workspaceId()).ifPresent(settings -> deleting.conversionsToCredit().addAll(
                ids(em.createNativeQuery(AFFECTED_BY_TOUCHPOINTS).setParameter("ws", deleting.workspaceId())
                        .setParameter("ids", deleting.touchpointIds().toArray(Long[]::new))
                        .setParameter("lookback", settings.lookbackDays()))));
    }

    /** Under W_SHAPED and FULL_PATH, the same persons' conversions, whose milestones a deleted one may have been. */
    void conversionsDeleting(@Observes ConversionsDeleting deleting) {
        stored(deleting.workspaceId()).filter(settings -> AttributionSql.usesMilestones(settings.model()))
                .ifPresent(settings -> deleting.conversionsToCredit().addAll(
                        ids(em.createNativeQuery(CONVERSIONS_OF_THE_SAME_PERSONS)
                                .setParameter("ws", deleting.workspaceId())
                                .setParameter("ids", deleting.conversionIds().toArray(Long[]::new)))));
    }

    void conversionsCorrected(@Observes ConversionsCorrected corrected) {
        stored(corrected.workspaceId()).ifPresent(settings -> recredit(corrected.workspaceId(), settings,
                List.copyOf(corrected.conversionIds())));
    }

    void rateSet(@Observes ExchangeRateSet rate) {
        String reportingCurrency = reportingCurrency(rate.workspaceId());
        String other = rate.base().equals(reportingCurrency) ? rate.quote()
                : rate.quote().equals(reportingCurrency) ? rate.base() : null;
        if (other == null) {
            return; // a pair without the reporting currency converts nothing a report reads
        }
        stored(rate.workspaceId()).ifPresent(settings -> recredit(rate.workspaceId(), settings,
                ids(em.createNativeQuery(AFFECTED_BY_RATE).setParameter("ws", rate.workspaceId())
                        .setParameter("currency", other).setParameter("validFrom", rate.validFrom()))));
    }

    void reportingCurrencyChanged(@Observes ReportingCurrencyChanged changed) {
        requestRebuild(changed.workspaceId());
    }

    /** The settings the workspace's credits are stored for, unless nothing is stored (DATA_DRIVEN). */
    private Optional<AttributionSettings> stored(long workspaceId) {
        AttributionDefaultEntity row = AttributionDefaultEntity.findById(workspaceId);
        if (row == null) {
            return Optional.of(AttributionSettings.DEFAULT);
        }
        return row.creditsState == CreditsState.ON_DEMAND ? Optional.empty() : Optional.of(row.settings());
    }

    /** Replaces the stored credits of these conversions by the on-demand statement's, in two statements. */
    private void recredit(long workspaceId, AttributionSettings settings, List<Long> conversionIds) {
        if (conversionIds.isEmpty()) {
            return;
        }
        Long[] ids = conversionIds.toArray(Long[]::new);
        em.createNativeQuery(DELETE).setParameter("ws", workspaceId).setParameter("ids", ids).executeUpdate();
        ReportScope scope = new ReportScope(workspaceId, reportingCurrency(workspaceId), Period.ALL_TIME, settings,
                null, false, false);
        AttributionQueries.bind(em.createNativeQuery(insert(AttributionSql.countedOf(scope),
                AttributionSql.creditCtes(settings, Map.of()))), scope)
                .setParameter("ids", ids).executeUpdate();
    }

    private String reportingCurrency(long workspaceId) {
        WorkspaceEntity workspace = WorkspaceEntity.findById(workspaceId);
        return workspace.reportingCurrency;
    }

    private static List<Long> ids(Query query) {
        return SqlRows.longs(query);
    }

    // ---- rebuilds ----------------------------------------------------------------------------------------------

    /**
     * In the caller's transaction: marks the workspace's credits REBUILDING from the first conversion (ON_DEMAND for
     * DATA_DRIVEN, whose stored rows are then removed); the job starts once the transaction committed.
     */
    public void requestRebuild(long workspaceId) {
        AttributionDefaultEntity row = AttributionDefaultEntity.findById(workspaceId);
        if (row == null) {
            row = new AttributionDefaultEntity();
            row.workspaceId = workspaceId;
            row.set(AttributionSettings.DEFAULT);
            row.updatedAt = OffsetDateTime.now();
        }
        row.creditsCursor = 0;
        row.creditsDone = 0;
        row.creditsTotal = ConversionEntity.count("workspaceId", workspaceId);
        if (row.model == AttributionModel.DATA_DRIVEN) {
            row.creditsState = CreditsState.ON_DEMAND;
            em.createNativeQuery(DELETE_ALL).setParameter("ws", workspaceId).executeUpdate();
        } else {
            row.creditsState = CreditsState.REBUILDING;
            rebuildRequested.fire(new RebuildRequested(workspaceId));
        }
        row.persist();
    }

    void startAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) RebuildRequested requested) {
        executor.execute(() -> rebuild(requested.workspaceId()));
    }

    /** Resumes the rebuilds a stop interrupted (and those the migration or the benchmark generator asked for). */
    void resumeAtStart(@Observes StartupEvent start) {
        List<Long> rebuilding = QuarkusTransaction.requiringNew().call(() -> AttributionDefaultEntity
                .<AttributionDefaultEntity>list("creditsState", CreditsState.REBUILDING).stream()
                .map(row -> row.workspaceId).toList());
        rebuilding.forEach(ws -> executor.execute(() -> rebuild(ws)));
    }

    /**
     * Credits the workspace's conversions again, chunk by chunk, each chunk its own transaction holding the
     * workspace's write turn, until none is left; then READY. Safe to run twice at once (on two instances): the
     * chunks take turns and each continues from the stored cursor. A write meanwhile credits what it changes itself.
     */
    public void rebuild(long workspaceId) {
        try {
            while (QuarkusTransaction.requiringNew().call(() -> rebuildChunk(workspaceId))) {
                // next chunk
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "rebuilding the stored credits of workspace %d stopped; it resumes at the next start",
                    workspaceId);
        }
    }

    private boolean rebuildChunk(long workspaceId) {
        em.createNativeQuery(WRITE_TURN).setParameter("ws", workspaceId).getResultList();
        AttributionDefaultEntity row = AttributionDefaultEntity.findById(workspaceId);
        if (row == null || row.creditsState != CreditsState.REBUILDING) {
            return false;
        }
        List<Long> chunk = ids(em.createNativeQuery(NEXT_CHUNK).setParameter("ws", workspaceId)
                .setParameter("after", row.creditsCursor).setParameter("size", REBUILD_CHUNK));
        if (chunk.isEmpty()) {
            row.creditsState = CreditsState.READY;
            row.creditsDone = row.creditsTotal = Math.max(row.creditsDone, row.creditsTotal);
            LOG.infof("stored credits of workspace %d rebuilt (%d conversions)", workspaceId, row.creditsDone);
            return false;
        }
        recredit(workspaceId, row.settings(), chunk);
        row.creditsCursor = chunk.get(chunk.size() - 1);
        row.creditsDone += chunk.size();
        return true;
    }
}
