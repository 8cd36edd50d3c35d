package io.socialroi.delivery;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;

/** An anomaly alert a member acknowledged: what it was about (day, metric, scope), not its figures. */
@Entity
@Table(name = "anomaly_acknowledgement")
public class AnomalyAcknowledgementEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "anomaly_acknowledgement_id")
    @SequenceGenerator(name = "anomaly_acknowledgement_id", sequenceName = "anomaly_acknowledgement_id_seq",
            allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    public LocalDate day;
    @Enumerated(EnumType.STRING)
    public AnomalyMetric metric;
    @Enumerated(EnumType.STRING)
    public AnomalyScope scope;
    /** The channel's or campaign's id; 0 for the workspace. */
    @Column(name = "scope_id")
    public long scopeId;
}
