package io.socialroi.value;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;

/** What an action (a conversion type or an engagement kind) is worth to the workspace; one value per action. */
@Entity
@Table(name = "action_value")
@IdClass(ActionValueEntity.Key.class)
public class ActionValueEntity extends AuditedEntity {

    /** The action_value.kind column: what the action names. */
    public enum Kind {
        CONVERSION, ENGAGEMENT
    }

    public static class Key implements Serializable {
        public Long workspaceId;
        public String action;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(workspaceId, k.workspaceId) && Objects.equals(action, k.action);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, action);
        }
    }

    @Id
    @Column(name = "workspace_id")
    public Long workspaceId;
    /** A ConversionType or EngagementKind name. */
    @Id
    public String action;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    public BigDecimal amount;
    public String currency;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
