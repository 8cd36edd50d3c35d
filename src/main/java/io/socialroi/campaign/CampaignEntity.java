package io.socialroi.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
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
@Table(name = "campaign")
public class CampaignEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_id")
    @SequenceGenerator(name = "campaign_id", sequenceName = "campaign_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    public String name;
    @Enumerated(EnumType.STRING)
    public CampaignObjective objective;
    @Enumerated(EnumType.STRING)
    public CampaignStatus status;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;
    @Column(name = "budget_amount")
    public BigDecimal budgetAmount;
    @Column(name = "budget_currency")
    public String budgetCurrency;
    @Column(name = "utm_campaign")
    public String utmCampaign;
    /** utmCampaign lower-cased in Java: what touchpoints' utm_campaign is matched with. */
    @Column(name = "utm_campaign_key")
    public String utmCampaignKey;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
