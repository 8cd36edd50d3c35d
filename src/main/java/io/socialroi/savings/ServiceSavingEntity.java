package io.socialroi.savings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;

/** Support contacts deflected in a period on a channel (and campaign, or none), at a cost per contact. */
@Entity
@Table(name = "service_saving")
public class ServiceSavingEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_saving_id")
    @SequenceGenerator(name = "service_saving_id", sequenceName = "service_saving_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Column(name = "channel_id")
    public long channelId;
    @Column(name = "campaign_id")
    public Long campaignId;
    @Column(name = "period_from")
    public LocalDate periodFrom;
    @Column(name = "period_to")
    public LocalDate periodTo;
    public long contacts;
    @Column(name = "cost_per_contact")
    public BigDecimal costPerContact;
    public String currency;
    public String description;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
