package io.socialroi.delivery;

import java.math.BigDecimal;
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

import io.socialroi.attribution.AttributionModel;
import io.socialroi.common.AuditedEntity;
import io.socialroi.metric.TimeSeriesMetric;
import io.socialroi.reporting.Granularity;
import io.socialroi.reporting.PeriodRule;

/** A saved report: a named report definition of a workspace (docs/delivery.md). */
@Entity
@Table(name = "saved_report")
public class SavedReportEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_report_id")
    @SequenceGenerator(name = "saved_report_id", sequenceName = "saved_report_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    public String name;
    @Enumerated(EnumType.STRING)
    public SavedReportKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "period_rule")
    public PeriodRule periodRule;
    @Column(name = "fixed_from")
    public LocalDate fixedFrom;
    @Column(name = "fixed_to")
    public LocalDate fixedTo;
    @Enumerated(EnumType.STRING)
    public AttributionModel model;
    @Column(name = "lookback_days")
    public Integer lookbackDays;
    @Column(name = "half_life_hours")
    public Integer halfLifeHours;
    @Column(name = "first_weight")
    public BigDecimal firstWeight;
    @Column(name = "last_weight")
    public BigDecimal lastWeight;
    /** ConversionType names, comma-separated; null: every type. */
    @Column(name = "conversion_types")
    public String conversionTypes;
    /** AttributionModel names, comma-separated (ATTRIBUTION_COMPARISON). */
    @Column(name = "comparison_models")
    public String comparisonModels;
    @Enumerated(EnumType.STRING)
    public TimeSeriesMetric metric;
    @Enumerated(EnumType.STRING)
    public Granularity granularity;
    @Column(name = "campaign_id")
    public Long campaignId;
    @Column(name = "channel_id")
    public Long channelId;
}
