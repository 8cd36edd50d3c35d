package io.socialroi.attribution;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;

/** A workspace's default attribution setting; a workspace without a row uses {@link AttributionSettings#DEFAULT}. */
@Entity
@Table(name = "attribution_default")
public class AttributionDefaultEntity extends AuditedEntity {
    @Id
    @Column(name = "workspace_id")
    public Long workspaceId;
    @Enumerated(EnumType.STRING)
    public AttributionModel model;
    @Column(name = "lookback_days")
    public int lookbackDays;
    @Column(name = "half_life_hours")
    public int halfLifeHours;
    @Column(name = "first_weight")
    public BigDecimal firstWeight;
    @Column(name = "last_weight")
    public BigDecimal lastWeight;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "credits_state")
    public CreditsState creditsState = CreditsState.READY;
    /** REBUILDING: the last conversion id credited again. */
    @Column(name = "credits_cursor")
    public long creditsCursor;
    @Column(name = "credits_done")
    public long creditsDone;
    @Column(name = "credits_total")
    public long creditsTotal;

    AttributionSettings settings() {
        return new AttributionSettings(model, lookbackDays, halfLifeHours, firstWeight, lastWeight);
    }

    void set(AttributionSettings settings) {
        model = settings.model();
        lookbackDays = settings.lookbackDays();
        halfLifeHours = settings.halfLifeHours();
        firstWeight = settings.firstWeight();
        lastWeight = settings.lastWeight();
    }
}
