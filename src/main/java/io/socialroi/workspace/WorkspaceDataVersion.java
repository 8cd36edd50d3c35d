package io.socialroi.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.socialroi.reporting.ReportDataVersion;

/**
 * The version of a workspace's report inputs (touchpoints, conversions, costs, exchange rates). Cached
 * report results are keyed by it, so a write makes every older result unreachable at once, on every
 * instance of the service (the version lives in the database, not in memory).
 */
@ApplicationScoped
public class WorkspaceDataVersion implements ReportDataVersion {

    @Inject
    EntityManager em;
    @Inject
    CurrentWorkspace workspace;

    /**
     * Marks the current workspace's data as changed. Never called by hand: a writer method declares
     * {@link WritesWorkspaceData} and {@link WorkspaceDataVersionInterceptor} calls this first in its transaction,
     * so the row lock it takes also makes concurrent writes of one workspace take turns.
     */
    void changed() {
        em.createNativeQuery("update workspace set data_version = nextval('data_version_seq') where id = :ws")
                .setParameter("ws", workspace.id()).executeUpdate();
    }

    /** The current workspace's data version as this transaction sees it. */
    @Override
    public long current() {
        return ((Number) em.createNativeQuery("select data_version from workspace where id = :ws")
                .setParameter("ws", workspace.id()).getSingleResult()).longValue();
    }
}
