package io.socialroi.cost;

import java.math.BigDecimal;
import java.time.LocalDate;

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
@Table(name = "cost_entry")
public class CostEntryEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cost_entry_id")
    @SequenceGenerator(name = "cost_entry_id", sequenceName = "cost_entry_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Column(name = "campaign_id")
    public long campaignId;
    @Column(name = "channel_id")
    public Long channelId;
    @Enumerated(EnumType.STRING)
    public CostCategory category;
    /** For labor entered as hours × rate, the exact product. */
    public BigDecimal amount;
    public String currency;
    @Column(name = "incurred_on")
    public LocalDate incurredOn;
    public BigDecimal hours;
    @Column(name = "hourly_rate")
    public BigDecimal hourlyRate;
    public String description;
    @Column(name = "external_id")
    public String externalId;
}
