package io.socialroi.value;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    /** The workspace's values: the conversion types' first, then the engagement kinds', each by action name. */
    public static List<ActionValueEntity> listByWorkspace(long workspaceId) {
        return list("workspaceId = ?1 order by kind, action", workspaceId);
    }

    /** The workspace's value of one action, when one is set. */
    public static Optional<ActionValueEntity> findByAction(long workspaceId, String action) {
        return find("workspaceId = ?1 and action = ?2", workspaceId, action).firstResultOptional();
    }

    /** Removes the workspace's value of one action, if one is set: one statement, no load. */
    public static void deleteByAction(long workspaceId, String action) {
        delete("workspaceId = ?1 and action = ?2", workspaceId, action);
    }
}
