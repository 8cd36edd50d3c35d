package io.socialroi.imports;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Query;
import jakarta.persistence.Table;
import jakarta.persistence.Tuple;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.socialroi.common.SqlRows;
import io.socialroi.common.UnnestBatch;
import io.socialroi.common.Upserts;

/**
 * The figures of one imported (source, account, platform campaign, day) (table imported_ad_day): a later import of
 * the same key replaces the row. The PAID engagement day of a channel and campaign (or the channel alone) is the
 * sum of its keys' rows, so two platform campaigns recorded on one campaign add up, and a restated key replaces only
 * its own share.
 */
@Entity
@Table(name = "imported_ad_day")
public class ImportedAdDayEntity extends PanacheEntityBase {
    @Id
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Column(name = "import_id")
    public long importId;
    @Column(name = "import_key")
    public String importKey;
    @Column(name = "channel_id")
    public long channelId;
    @Column(name = "campaign_id")
    public Long campaignId;
    public LocalDate day;
    public long impressions;
    public long reach;
    public long clicks;

    /** One key's figures as an import writes them. */
    public record Row(String importKey, long channelId, Long campaignId, LocalDate day, long impressions, long reach,
            long clicks) {
    }

    /** A PAID engagement day the imported figures add up to. */
    public record Target(long channelId, Long campaignId, LocalDate day) {
    }

    static final String UPSERT = """
            insert into imported_ad_day (id, workspace_id, import_id, import_key, channel_id, campaign_id, day,
              impressions, reach, clicks)
            select nextval('imported_ad_day_id_seq'), :ws, :import, r.import_key, r.channel_id, r.campaign_id, r.day,
              r.impressions, r.reach, r.clicks
            from unnest(cast(:key as varchar[]), cast(:channel as bigint[]), cast(:campaign as bigint[]),
                   cast(:day as date[]), cast(:impressions as bigint[]), cast(:reach as bigint[]), cast(:clicks as bigint[]))
              as r(import_key, channel_id, campaign_id, day, impressions, reach, clicks)
            on conflict (workspace_id, import_key) do update
              set import_id = excluded.import_id, channel_id = excluded.channel_id, campaign_id = excluded.campaign_id,
                day = excluded.day, impressions = excluded.impressions, reach = excluded.reach, clicks = excluded.clicks
            """ + Upserts.RETURNING_INSERTED;

    /** Writes a batch (keys distinct) in one statement; counts the keys new and those an earlier import had. */
    public static Upserts upsertAll(EntityManager em, long workspaceId, long importId, List<Row> rows) {
        return UnnestBatch.of(em.createNativeQuery(UPSERT).setParameter("ws", workspaceId).setParameter("import", importId), rows)
                .column("key", Row::importKey, String[]::new)
                .column("channel", Row::channelId, Long[]::new)
                .column("campaign", Row::campaignId, Long[]::new)
                .column("day", Row::day, LocalDate[]::new)
                .column("impressions", Row::impressions, Long[]::new)
                .column("reach", Row::reach, Long[]::new)
                .column("clicks", Row::clicks, Long[]::new)
                .upsert();
    }

    static final String TARGETS_OF_KEYS = """
            select distinct channel_id, campaign_id, day from imported_ad_day
            where workspace_id = :ws and import_key = any(cast(:keys as varchar[]))
            """;

    static final String TARGETS_OF_IMPORT = """
            select distinct channel_id, campaign_id, day from imported_ad_day where workspace_id = :ws and import_id = :import
            """;

    /** The engagement days the stored figures of these keys add to (before a batch replaces them). */
    public static List<Target> targetsOfKeys(EntityManager em, long workspaceId, Collection<String> keys) {
        return targets(em.createNativeQuery(TARGETS_OF_KEYS, Tuple.class).setParameter("ws", workspaceId)
                .setParameter("keys", keys.toArray(String[]::new)));
    }

    /** The engagement days an import's figures add to. */
    public static List<Target> targetsOfImport(EntityManager em, long workspaceId, long importId) {
        return targets(em.createNativeQuery(TARGETS_OF_IMPORT, Tuple.class).setParameter("ws", workspaceId)
                .setParameter("import", importId));
    }

    private static List<Target> targets(Query query) {
        return SqlRows.tuples(query).stream().map(row -> new Target(SqlRows.longValue(row, "channel_id"),
                SqlRows.nullableLong(row, "campaign_id"), SqlRows.date(row, "day"))).toList();
    }

    static final String DELETE_OF_IMPORT = "delete from imported_ad_day where workspace_id = :ws and import_id = :import";

    public static int deleteOfImport(EntityManager em, long workspaceId, long importId) {
        return em.createNativeQuery(DELETE_OF_IMPORT).setParameter("ws", workspaceId).setParameter("import", importId)
                .executeUpdate();
    }

    /*
     * Campaigns compare as coalesce(campaign_id, 0) (no campaign has id 0), the expression of engagement_day's unique
     * index. Every step is driven by the targets, one index look-up each, in a shape the planner cannot turn around:
     * the rows this import just wrote have no statistics yet, so the planner takes engagement_day and
     * imported_ad_day for nearly empty, and a plan of its choosing (engagement_day outside, the targets inside) ran
     * a 5,000-target batch of a 100,000-row import into the transaction timeout.
     */
    private static final String SUMS = """
            t as materialized (
              select distinct u.channel_id, coalesce(u.campaign_id, 0) as campaign_key, u.campaign_id, u.day
              from unnest(cast(:channel as bigint[]), cast(:campaign as bigint[]), cast(:day as date[]))
                as u(channel_id, campaign_id, day)),
            s as materialized (
              select t.channel_id, t.campaign_key, t.campaign_id, t.day, a.keys, a.impressions, a.reach, a.clicks
              from t
              cross join lateral (
                select count(*) as keys, sum(i.impressions) as impressions, sum(i.reach) as reach,
                  sum(i.clicks) as clicks
                from imported_ad_day i
                where i.workspace_id = :ws and i.channel_id = t.channel_id and i.day = t.day
                  and coalesce(i.campaign_id, 0) = t.campaign_key) a)""";

    /** Each target's PAID engagement day becomes the sum of its imported figures. */
    static final String REFRESH = """
            insert into engagement_day (id, workspace_id, channel_id, campaign_id, day, media_type, impressions, reach,
              clicks, created_by)
            with %s
            select nextval('engagement_day_id_seq'), :ws, s.channel_id, s.campaign_id, s.day, 'PAID', s.impressions,
              s.reach, s.clicks, :by
            from s
            where s.keys > 0
            on conflict (workspace_id, channel_id, coalesce(campaign_id, 0), day, media_type) do update
              set impressions = excluded.impressions, reach = excluded.reach, clicks = excluded.clicks, updated_at = now()
            """.formatted(SUMS);

    /** A target with no imported figures left (its key moved to another campaign, or its import was deleted). */
    static final String REMOVE_EMPTY = """
            with %s
            delete from engagement_day
            where id in (
              select e.id
              from s
              cross join lateral (
                select d.id from engagement_day d
                where d.workspace_id = :ws and d.channel_id = s.channel_id and coalesce(d.campaign_id, 0) = s.campaign_key
                  and d.day = s.day and d.media_type = 'PAID') e
              where s.keys = 0)
            """.formatted(SUMS);

    /** Sets the PAID engagement days of the targets to their imported sums, removing those with none left. */
    public static void refreshEngagementDays(EntityManager em, long workspaceId, String createdBy, List<Target> targets) {
        refreshEngagementDays(em, workspaceId, createdBy, targets, targets);
    }

    /**
     * As {@link #refreshEngagementDays(EntityManager, long, String, List)}, when only {@code mayBeEmpty} (a part of
     * the targets) can have lost all its imported figures: a batch's own targets were just written, only the earlier
     * targets of its keys can be left empty, and a first import has none.
     */
    public static void refreshEngagementDays(EntityManager em, long workspaceId, String createdBy, List<Target> targets,
            List<Target> mayBeEmpty) {
        if (!mayBeEmpty.isEmpty()) {
            bind(em.createNativeQuery(REMOVE_EMPTY).setParameter("ws", workspaceId), mayBeEmpty).executeUpdate();
        }
        if (!targets.isEmpty()) {
            bind(em.createNativeQuery(REFRESH).setParameter("ws", workspaceId).setParameter("by", createdBy), targets)
                    .executeUpdate();
        }
    }

    private static Query bind(Query query, List<Target> targets) {
        query.setParameter("channel", targets.stream().map(Target::channelId).toArray(Long[]::new));
        query.setParameter("campaign", targets.stream().map(Target::campaignId).toArray(Long[]::new));
        query.setParameter("day", targets.stream().map(Target::day).toArray(LocalDate[]::new));
        return query;
    }
}
