package io.socialroi.attribution;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.socialroi.tracking.ConversionType;
import io.socialroi.tracking.MediaType;

/**
 * One touch's credits of a counted conversion under the workspace's default setting: a row of the on-demand
 * {@code credit} CTE, stored. Written only in bulk, by {@link StoredCredits} (one statement per batch of
 * conversions); read by the report statements, never one by one.
 */
@Entity
@Table(name = "attribution_credit")
@IdClass(AttributionCreditEntity.Key.class)
public class AttributionCreditEntity extends PanacheEntityBase {

    public static class Key implements Serializable {
        public Long workspaceId;
        public Long conversionId;
        public Integer pos;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(workspaceId, k.workspaceId)
                    && Objects.equals(conversionId, k.conversionId) && Objects.equals(pos, k.pos);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, conversionId, pos);
        }
    }

    @Id
    @Column(name = "workspace_id")
    public Long workspaceId;
    @Id
    @Column(name = "conversion_id")
    public Long conversionId;
    @Id
    public Integer pos;
    public int n;
    @Column(name = "converted_at")
    public OffsetDateTime convertedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "conversion_type")
    public ConversionType conversionType;
    @Column(name = "on_date")
    public LocalDate onDate;
    @Column(name = "touchpoint_id")
    public Long touchpointId;
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
    @Column(name = "missing_rate")
    public String missingRate;
}
