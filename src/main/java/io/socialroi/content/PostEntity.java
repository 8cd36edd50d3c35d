package io.socialroi.content;

import java.math.BigDecimal;
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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.socialroi.common.AuditedEntity;
import io.socialroi.common.UnnestBatch;
import io.socialroi.common.Upserts;
import io.socialroi.cost.CostCategory;

/**
 * A post on a channel, known by the platform's id ({@code externalId}), with its lifetime metrics as last sent: a
 * post sent again replaces them. Its touchpoints are the channel's touchpoints whose utm_content is the post's key.
 */
@Entity
@Table(name = "post")
public class PostEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "post_id")
    @SequenceGenerator(name = "post_id", sequenceName = "post_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Column(name = "channel_id")
    public long channelId;
    @Column(name = "campaign_id")
    public Long campaignId;
    @Column(name = "external_id")
    public String externalId;
    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "content_type")
    public ContentType contentType;
    /** Null: never sent. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tags", columnDefinition = "varchar(100)[]")
    public String[] tags;
    public String url;
    @Column(name = "utm_content")
    public String utmContent;
    public long impressions;
    public long reach;
    public long likes;
    public long comments;
    public long shares;
    public long saves;
    public long clicks;
    @Column(name = "video_views")
    public long videoViews;
    /**
     * The import that owns the post, which deleteImport removes: the one that created it, then each later import
     * that sends it again; null for a post recordPosts created or updated since (docs/imports.md).
     */
    @Column(name = "import_id")
    public Long importId;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The character that joins a post's tags into one array element of the batch (tags hold no control character). */
    static final String TAG_SEPARATOR = "\u001f";

    /**
     * One post of a batch, as {@link #upsertAll} writes it (counts already defaulted to 0); a production cost, when
     * given, in {@code costAmount} and {@code costCurrency}. Campaign, tags, url and utmContent null: not sent (a post
     * sent again keeps what it had); the metrics are always replaced.
     */
    public record Row(long channelId, Long campaignId, String externalId, OffsetDateTime publishedAt,
            ContentType contentType, List<String> tags, String url, String utmContent, long impressions, long reach,
            long likes, long comments, long shares, long saves, long clicks, long videoViews, BigDecimal costAmount,
            String costCurrency) {
    }

    /**
     * Inserts or replaces a batch of posts, and the production costs given with them, in one statement whatever its
     * size. The rows must not repeat a key (channel, externalId): the service refuses such a batch before. A post's
     * cost is the cost entry linked to it (one per post): sent again, it is replaced, and it follows the post's
     * campaign, channel and publishing day (UTC); a post sent without a cost keeps the one it has. Returns how many posts were inserted and how many replaced.
     *
     * @param importId the import writing the batch, or null for recordPosts: an import owns the posts it inserts and
     *                 the ones it updates that an import owned; recordPosts takes a post out of any import's hands
     */
    public static Upserts upsertAll(EntityManager em, long workspaceId, String createdBy, Long importId,
            List<Row> rows) {
        return UnnestBatch.of(em.createNativeQuery(UPSERT_ALL).setParameter("ws", workspaceId)
                .setParameter("by", createdBy)
                .setParameter("category", CostCategory.CONTENT_PRODUCTION.name()), rows)
                .column("channel", Row::channelId, Long[]::new)
                .column("campaign", Row::campaignId, Long[]::new)
                .column("externalId", Row::externalId, String[]::new)
                .column("publishedAt", Row::publishedAt, OffsetDateTime[]::new)
                .column("contentType", r -> r.contentType().name(), String[]::new)
                .column("tags", r -> r.tags() == null ? null : String.join(TAG_SEPARATOR, r.tags()), String[]::new)
                .column("url", Row::url, String[]::new)
                .column("utmContent", Row::utmContent, String[]::new)
                .column("impressions", Row::impressions, Long[]::new)
                .column("reach", Row::reach, Long[]::new)
                .column("likes", Row::likes, Long[]::new)
                .column("comments", Row::comments, Long[]::new)
                .column("shares", Row::shares, Long[]::new)
                .column("saves", Row::saves, Long[]::new)
                .column("clicks", Row::clicks, Long[]::new)
                .column("videoViews", Row::videoViews, Long[]::new)
                .column("costAmount", Row::costAmount, BigDecimal[]::new)
                .column("costCurrency", Row::costCurrency, String[]::new)
                .column("importId", r -> importId, Long[]::new)
                .upsert();
    }

    /**
     * The batch as parallel arrays, one element per post; the tags of a post are one element, joined by
     * {@link #TAG_SEPARATOR} (an array of arrays would have to be rectangular). The costs are written by a second
     * data-modifying CTE from the posts the first one returned.
     */
    static final String UPSERT_ALL = """
            with r as (
              select u.channel_id, u.campaign_id, u.external_id, u.published_at, u.content_type,
                case when u.tags = '' then '{}'::varchar[] else string_to_array(u.tags, chr(31))::varchar[] end as tags,
                u.url, u.utm_content, u.impressions, u.reach, u.likes, u.comments, u.shares, u.saves, u.clicks,
                u.video_views, u.cost_amount, u.cost_currency, u.import_id
              from unnest(cast(:channel as bigint[]), cast(:campaign as bigint[]), cast(:externalId as varchar[]),
                     cast(:publishedAt as timestamptz[]), cast(:contentType as varchar[]), cast(:tags as varchar[]),
                     cast(:url as varchar[]), cast(:utmContent as varchar[]), cast(:impressions as bigint[]),
                     cast(:reach as bigint[]), cast(:likes as bigint[]), cast(:comments as bigint[]),
                     cast(:shares as bigint[]), cast(:saves as bigint[]), cast(:clicks as bigint[]),
                     cast(:videoViews as bigint[]), cast(:costAmount as numeric[]), cast(:costCurrency as varchar[]),
                     cast(:importId as bigint[]))
                as u(channel_id, campaign_id, external_id, published_at, content_type, tags, url, utm_content,
                     impressions, reach, likes, comments, shares, saves, clicks, video_views, cost_amount,
                     cost_currency, import_id)),
            posts as (
              insert into post (id, workspace_id, channel_id, campaign_id, external_id, published_at, content_type, tags,
                url, utm_content, impressions, reach, likes, comments, shares, saves, clicks, video_views, import_id,
                created_by)
              select nextval('post_id_seq'), :ws, r.channel_id, r.campaign_id, r.external_id, r.published_at,
                r.content_type, r.tags, r.url, r.utm_content, r.impressions, r.reach, r.likes, r.comments, r.shares,
                r.saves, r.clicks, r.video_views, r.import_id, :by
              from r
              on conflict (workspace_id, channel_id, external_id) do update
                set campaign_id = coalesce(excluded.campaign_id, post.campaign_id), published_at = excluded.published_at,
                  content_type = excluded.content_type, tags = coalesce(excluded.tags, post.tags),
                  url = coalesce(excluded.url, post.url), utm_content = coalesce(excluded.utm_content, post.utm_content),
                  impressions = excluded.impressions, reach = excluded.reach,
                  likes = excluded.likes, comments = excluded.comments, shares = excluded.shares,
                  saves = excluded.saves, clicks = excluded.clicks, video_views = excluded.video_views,
                  import_id = case when post.import_id is not null then excluded.import_id end,
                  updated_at = now()
              returning id, channel_id, campaign_id, external_id, published_at, (xmax = 0) as inserted),
            costs as (
              insert into cost_entry (id, workspace_id, campaign_id, channel_id, category, amount, currency, incurred_on,
                description, post_id, created_by)
              select nextval('cost_entry_id_seq'), :ws, p.campaign_id, p.channel_id, :category, r.cost_amount,
                r.cost_currency, (p.published_at at time zone 'UTC')::date, 'Production of post ' || p.external_id,
                p.id, :by
              from posts p
              join r on r.channel_id = p.channel_id and r.external_id = p.external_id
              where r.cost_amount is not null
              on conflict (workspace_id, post_id) where post_id is not null do update
                set campaign_id = excluded.campaign_id, channel_id = excluded.channel_id, amount = excluded.amount,
                  currency = excluded.currency, incurred_on = excluded.incurred_on)
            select inserted from posts""";

    /** The posts of the workspace that hold one of the given utm_content keys on one of the given channels. */
    public static List<PostEntity> withUtmContent(long workspaceId, List<Long> channelIds, List<String> keys) {
        return PostEntity.<PostEntity>list("workspaceId = ?1 and channelId in ?2 and utmContent in ?3", workspaceId,
                channelIds, keys);
    }

    /** Removes the posts an import owns; their production costs go with them (on delete cascade). */
    public static int deleteOfImport(EntityManager em, long workspaceId, long importId) {
        return em.createNativeQuery(DELETE_OF_IMPORT).setParameter("ws", workspaceId).setParameter("import", importId)
                .executeUpdate();
    }

    static final String DELETE_OF_IMPORT = "delete from post where workspace_id = :ws and import_id = :import";
}
