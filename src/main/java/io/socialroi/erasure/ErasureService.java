package io.socialroi.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.socialroi.cohort.CustomerEntity;
import io.socialroi.common.InputErrors;
import io.socialroi.common.TextInputs;
import io.socialroi.common.UserErrorCode;
import io.socialroi.tracking.ConversionEntity;
import io.socialroi.tracking.TouchpointEntity;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.WritesWorkspaceData;

/**
 * A data-subject erasure: every row keyed by the person in the workspace goes in one transaction (touchpoints,
 * conversions with their stored attribution credits, the customer record), and an audit entry stays that holds the
 * person key only as a keyed hash. No other person's credits change: a path holds one person's touchpoints only,
 * and milestones are a person's own conversions.
 */
@ApplicationScoped
public class ErasureService {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    ErasureConfig config;
    @Inject
    EntityManager em;

    public record Erased(int touchpoints, int conversions, int customers, String personKeyHash) {
    }

    @Transactional
    @WritesWorkspaceData
    public Erased erase(String personKey) {
        InputErrors errors = new InputErrors();
        if (personKey == null || personKey.isBlank()) {
            errors.add(UserErrorCode.REQUIRED, "personKey names the person to erase; it cannot be blank.", "personKey");
        } else {
            TextInputs.check(personKey, 200, errors, "personKey");
        }
        errors.throwIfAny();
        long ws = workspace.id();
        String key = personKey.trim(); // as the recorders store it
        int conversions = Math.toIntExact(ConversionEntity.deleteByPerson(ws, key)); // credits cascade
        int touchpoints = Math.toIntExact(TouchpointEntity.deleteByPerson(ws, key));
        int customers = Math.toIntExact(CustomerEntity.deleteByPerson(ws, key));
        ErasureAuditEntity audit = new ErasureAuditEntity();
        audit.workspaceId = ws;
        audit.personHash = PersonKeyHash.of(salt(), ws, key);
        audit.touchpoints = touchpoints;
        audit.conversions = conversions;
        audit.customers = customers;
        audit.persist();
        return new Erased(touchpoints, conversions, customers, audit.personHash);
    }

    private String salt() {
        return config.salt().filter(salt -> !salt.isBlank())
                .orElseGet(() -> ErasureSaltEntity.storedOr(em, PersonKeyHash.newSalt()));
    }
}
