package io.socialroi.earned;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;

/** A keyword's cost-per-click price from validFrom to validTo (inclusive; null: open-ended). */
@Entity
@Table(name = "keyword_cpc")
public class KeywordCpcEntity extends AuditedEntity {
    /** generated always as identity */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    /** Normalized (KeywordMath.normalize). */
    public String keyword;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    public BigDecimal amount;
    public String currency;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
