package io.socialroi.earned;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;

/** Organic clicks of a keyword on a UTC day, optionally per channel and campaign; sent again, it replaces. */
@Entity
@Table(name = "organic_clicks")
public class OrganicClicksEntity extends AuditedEntity {
    /** generated always as identity */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    /** Normalized (KeywordMath.normalize). */
    public String keyword;
    public LocalDate day;
    @Column(name = "channel_id")
    public Long channelId;
    @Column(name = "campaign_id")
    public Long campaignId;
    public long clicks;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
