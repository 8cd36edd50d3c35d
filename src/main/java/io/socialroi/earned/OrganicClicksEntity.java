package io.socialroi.earned;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;
import io.socialroi.common.UnnestBatch;
import io.socialroi.common.Upserts;

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

    /** One item of a batch, as {@link #upsertAll} writes it. */
    public record Row(String keyword, LocalDate day, Long channelId, Long campaignId, long clicks) {
    }

    /**
     * Inserts or replaces a batch of days' clicks in one statement. The rows must not repeat a key (keyword, channel
     * or none, campaign or none, day): the service refuses such a batch before. Returns how many were inserted and
     * how many replaced clicks recorded before.
     */
    public static Upserts upsertAll(EntityManager em, long workspaceId, String createdBy, List<Row> rows) {
        return UnnestBatch.of(em.createNativeQuery(UPSERT_ALL).setParameter("ws", workspaceId).setParameter("by", createdBy), rows)
                .column("keyword", Row::keyword, String[]::new)
                .column("day", Row::day, LocalDate[]::new)
                .column("channel", Row::channelId, Long[]::new)
                .column("campaign", Row::campaignId, Long[]::new)
                .column("clicks", Row::clicks, Long[]::new)
                .upsert();
    }

    /** The batch as parallel arrays, one element per item; clicks already recorded are replaced. */
    static final String UPSERT_ALL = """
            insert into organic_clicks (workspace_id, keyword, day, channel_id, campaign_id, clicks, created_by)
            select :ws, r.keyword, r.day, r.channel_id, r.campaign_id, r.clicks, :by
            from unnest(cast(:keyword as varchar[]), cast(:day as date[]), cast(:channel as bigint[]),
                   cast(:campaign as bigint[]), cast(:clicks as bigint[]))
              as r(keyword, day, channel_id, campaign_id, clicks)
            on conflict (workspace_id, keyword, coalesce(channel_id, 0), coalesce(campaign_id, 0), day) do update
              set clicks = excluded.clicks, updated_at = now()
            %s""".formatted(Upserts.RETURNING_INSERTED);
}
