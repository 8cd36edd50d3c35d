package io.socialroi.engagement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;
import io.socialroi.common.UnnestBatch;
import io.socialroi.common.Upserts;
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

    /** One day of a batch, as {@link #upsertAll} writes it (counts already defaulted to 0). */
    public record Row(long channelId, Long campaignId, LocalDate day, MediaType mediaType, long impressions, long reach,
            long likes, long comments, long shares, long saves, long clicks, long videoViews, long followersGained,
            long followersLost, Long followersTotal) {
    }

    /**
     * Inserts or replaces a batch of days in one statement, whatever its size. The rows must not repeat a key
     * (channel, campaign or none, day, media type): PostgreSQL refuses to update a row twice in one statement, and
     * the service refuses such a batch before. Returns how many were inserted and how many replaced a day.
     */
    public static Upserts upsertAll(EntityManager em, long workspaceId, String createdBy, List<Row> rows) {
        return UnnestBatch.of(em.createNativeQuery(UPSERT_ALL).setParameter("ws", workspaceId).setParameter("by", createdBy), rows)
                .column("channel", Row::channelId, Long[]::new)
                .column("campaign", Row::campaignId, Long[]::new)
                .column("day", Row::day, LocalDate[]::new)
                .column("mediaType", r -> r.mediaType().name(), String[]::new)
                .column("impressions", Row::impressions, Long[]::new)
                .column("reach", Row::reach, Long[]::new)
                .column("likes", Row::likes, Long[]::new)
                .column("comments", Row::comments, Long[]::new)
                .column("shares", Row::shares, Long[]::new)
                .column("saves", Row::saves, Long[]::new)
                .column("clicks", Row::clicks, Long[]::new)
                .column("videoViews", Row::videoViews, Long[]::new)
                .column("gained", Row::followersGained, Long[]::new)
                .column("lost", Row::followersLost, Long[]::new)
                .column("total", Row::followersTotal, Long[]::new)
                .upsert();
    }

    /** The batch as parallel arrays, one element per day; a day already recorded gets the new counts. */
    static final String UPSERT_ALL = """
            insert into engagement_day (id, workspace_id, channel_id, campaign_id, day, media_type, impressions, reach,
              likes, comments, shares, saves, clicks, video_views, followers_gained, followers_lost, followers_total,
              created_by)
            select nextval('engagement_day_id_seq'), :ws, r.channel_id, r.campaign_id, r.day, r.media_type,
              r.impressions, r.reach, r.likes, r.comments, r.shares, r.saves, r.clicks, r.video_views,
              r.followers_gained, r.followers_lost, r.followers_total, :by
            from unnest(cast(:channel as bigint[]), cast(:campaign as bigint[]), cast(:day as date[]),
                   cast(:mediaType as varchar[]), cast(:impressions as bigint[]), cast(:reach as bigint[]),
                   cast(:likes as bigint[]), cast(:comments as bigint[]), cast(:shares as bigint[]),
                   cast(:saves as bigint[]), cast(:clicks as bigint[]), cast(:videoViews as bigint[]),
                   cast(:gained as bigint[]), cast(:lost as bigint[]), cast(:total as bigint[]))
              as r(channel_id, campaign_id, day, media_type, impressions, reach, likes, comments, shares, saves,
                   clicks, video_views, followers_gained, followers_lost, followers_total)
            on conflict (workspace_id, channel_id, coalesce(campaign_id, 0), day, media_type) do update
              set impressions = excluded.impressions, reach = excluded.reach, likes = excluded.likes,
                comments = excluded.comments, shares = excluded.shares, saves = excluded.saves,
                clicks = excluded.clicks, video_views = excluded.video_views,
                followers_gained = excluded.followers_gained, followers_lost = excluded.followers_lost,
                followers_total = excluded.followers_total, updated_at = now()
            %s""".formatted(Upserts.RETURNING_INSERTED);
}
