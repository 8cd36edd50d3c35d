package io.socialroi.engagement;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;
import io.socialroi.tracking.MediaType;

/** A day's engagement counts of a channel (and campaign, or none) and media type; a day sent again replaces it. */
@Entity
@Table(name = "engagement_day")
public class EngagementDayEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "engagement_day_id")
    @SequenceGenerator(name = "engagement_day_id", sequenceName = "engagement_day_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Column(name = "channel_id")
    public long channelId;
    /** Null: the channel's own row, not credited to a campaign. */
    @Column(name = "campaign_id")
    public Long campaignId;
    public LocalDate day;
    @Enumerated(EnumType.STRING)
    @Column(name = "media_type")
    public MediaType mediaType;
    public long impressions;
    public long reach;
    public long likes;
    public long comments;
    public long shares;
    public long saves;
    public long clicks;
    @Column(name = "video_views")
    public long videoViews;
    @Column(name = "followers_gained")
    public long followersGained;
    @Column(name = "followers_lost")
    public long followersLost;
    @Column(name = "followers_total")
    public Long followersTotal;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
