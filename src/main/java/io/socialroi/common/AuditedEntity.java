package io.socialroi.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A recorded item that keeps who created it (the caller's JWT subject; "system" for work without a caller,
 * such as start-up) next to when ({@code created_at}, set by the database). Set on insert only: an update
 * never changes the creator.
 */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {

    public static final String SYSTEM = "system";

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @PrePersist
    void recordCreator() {
        if (createdBy == null) {
            createdBy = currentSubject();
        }
    }

    /** The caller's subject, or {@link #SYSTEM} outside a request with a token. */
    public static String currentSubject() {
        if (Arc.container() == null || !Arc.container().requestContext().isActive()) {
            return SYSTEM;
        }
        try (InstanceHandle<JsonWebToken> token = Arc.container().instance(JsonWebToken.class)) {
            String subject = token.isAvailable() ? token.get().getSubject() : null;
            return subject == null ? SYSTEM : subject;
        }
    }
}
