package io.socialroi.delivery;

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

/** The pacing alert a BUDGET_ALERTS schedule last delivered for a campaign (written by {@link BudgetAlertNotices}). */
@Entity
@Table(name = "budget_alert_notice")
public class BudgetAlertNoticeEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "budget_alert_notice_id")
    @SequenceGenerator(name = "budget_alert_notice_id", sequenceName = "budget_alert_notice_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Column(name = "schedule_id")
    public long scheduleId;
    @Column(name = "campaign_id")
    public long campaignId;
    /** WARNING or EXCEEDED: a campaign back at NONE has no row. */
    @Enumerated(EnumType.STRING)
    public PacingAlert alert;
    @Column(name = "delivery_id")
    public Long deliveryId;
}
