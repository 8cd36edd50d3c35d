package io.socialroi.delivery;

import java.time.OffsetDateTime;

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

/** One due occurrence of a schedule: its claim row (unique per schedule and due time) and its log entry. */
@Entity
@Table(name = "delivery")
public class DeliveryEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_id")
    @SequenceGenerator(name = "delivery_id", sequenceName = "delivery_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Column(name = "schedule_id")
    public Long scheduleId;
    @Column(name = "report_name")
    public String reportName;
    @Column(name = "due_at")
    public OffsetDateTime dueAt;
    @Enumerated(EnumType.STRING)
    public DeliveryChannel channel;
    public String recipients;
    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;
    @Column(name = "claimed_until")
    public OffsetDateTime claimedUntil;
    @Column(name = "sent_at")
    public OffsetDateTime sentAt;
    public String error;
}
