package io.socialroi.tracking;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import io.socialroi.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "conversion")
public class ConversionEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conversion_id")
    @SequenceGenerator(name = "conversion_id", sequenceName = "conversion_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Column(name = "person_key")
    public String personKey;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    @Enumerated(EnumType.STRING)
    public ConversionType type;
    @Column(name = "custom_type")
    public String customType;
    @Column(name = "revenue_amount")
    public BigDecimal revenueAmount;
    @Column(name = "revenue_currency")
    public String revenueCurrency;
    @Column(name = "campaign_id")
    public Long campaignId;
    @Column(name = "channel_id")
    public Long channelId;
    @Column(name = "external_id")
    public String externalId;
}
