package io.socialroi.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.socialroi.attribution.AttributionModel;
import io.socialroi.common.AuditedEntity;
import io.socialroi.tracking.ConversionType;
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
@Table(name = "goal")
public class GoalEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "goal_id")
    @SequenceGenerator(name = "goal_id", sequenceName = "goal_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    /** Null: a goal of the whole workspace. */
    @Column(name = "campaign_id")
    public Long campaignId;
    public String name;
    @Enumerated(EnumType.STRING)
    public GoalMetric metric;
    @Enumerated(EnumType.STRING)
    @Column(name = "conversion_type")
    public ConversionType conversionType;
    public BigDecimal target;
    @Column(name = "start_date")
    public LocalDate startDate;
    public LocalDate deadline;
    @Enumerated(EnumType.STRING)
    @Column(name = "attribution_model")
    public AttributionModel attributionModel;
    @Column(name = "lookback_days")
    public Integer lookbackDays;
    @Column(name = "half_life_hours")
    public Integer halfLifeHours;
    @Column(name = "first_weight")
    public BigDecimal firstWeight;
    @Column(name = "last_weight")
    public BigDecimal lastWeight;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
