package io.socialroi.workspace;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
@Table(name = "workspace_member")
@IdClass(WorkspaceMemberEntity.Key.class)
public class WorkspaceMemberEntity extends PanacheEntityBase {

    public static class Key implements Serializable {
        public Long workspaceId;
        public String subject;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(workspaceId, k.workspaceId)
                    && java.util.Objects.equals(subject, k.subject);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(workspaceId, subject);
        }
    }

    @Id
    @Column(name = "workspace_id")
    public Long workspaceId;
    @Id
    public String subject;
    @Enumerated(EnumType.STRING)
    public Role role;
    @Column(name = "created_by", updatable = false)
    public String createdBy;
}
