package io.socialroi.attribution;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.socialroi.tracking.ConversionType;
import io.socialroi.tracking.MediaType;

/**
 * A day's totals of the stored credits at one grain (V15: 0 per channel, campaign and media type; 2 per channel and
 * media type; 3 per channel). Written only by the triggers on attribution_credit, read by the report statements of
 * the default setting ({@link AttributionSql#storedCreditDayCtes}); never written through this entity.
 */
@Entity
@Table(name = "attribution_credit_day")
public class AttributionCreditDayEntity extends PanacheEntityBase {

    @Id
    public Long id;
    @Column(name = "workspace_id")
    public Long workspaceId;
    @Column(name = "on_date")
    public LocalDate onDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "conversion_type")
    public ConversionType conversionType;
    public short grain;
    @Column(name = "channel_id")
    public Long channelId;
    @Column(name = "campaign_id")
    public Long campaignId;
    @Enumerated(EnumType.STRING)
    @Column(name = "media_type")
    public MediaType mediaType;
    @Column(name = "revenue_credit")
    public BigDecimal revenueCredit;
    @Column(name = "count_credit")
    public BigDecimal countCredit;
    public long assisted;
    @Column(name = "missing_rates")
    public long missingRates;
    @Column(name = "credit_rows")
    public long creditRows;
}
