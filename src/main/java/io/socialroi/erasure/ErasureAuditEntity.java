package io.socialroi.erasure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;

/** One erasure request carried out: the person only as a keyed hash, and the counts of what was removed. */
@Entity
@Table(name = "erasure_audit")
public class ErasureAuditEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "erasure_audit_id")
    @SequenceGenerator(name = "erasure_audit_id", sequenceName = "erasure_audit_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Column(name = "person_hash")
    public String personHash;
    public int touchpoints;
    public int conversions;
    public int customers;
}
