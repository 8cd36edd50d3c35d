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

    /** The targets as distinct rows of three arrays (a target twice would count its figures twice in the sums). */
    private static final String TARGETS = """
            (select distinct * from unnest(cast(:channel as bigint[]), cast(:campaign as bigint[]), cast(:day as date[]))
               as u(channel_id, campaign_id, day)) t""";

    /** Each target's PAID engagement day becomes the sum of its imported figures. */
    static final String REFRESH = """
            insert into engagement_day (id, workspace_id, channel_id, campaign_id, day, media_type, impressions, reach,
              clicks, created_by)
            select nextval('engagement_day_id_seq'), :ws, s.channel_id, s.campaign_id, s.day, 'PAID', s.impressions,
              s.reach, s.clicks, :by
            from (select a.channel_id, a.campaign_id, a.day, sum(a.impressions) as impressions, sum(a.reach) as reach,
                    sum(a.clicks) as clicks
                  from %s
                  join imported_ad_day a on a.workspace_id = :ws and a.channel_id = t.channel_id
                    and a.campaign_id is not distinct from t.campaign_id and a.day = t.day
                  group by a.channel_id, a.campaign_id, a.day) s
            on conflict (workspace_id, channel_id, coalesce(campaign_id, 0), day, media_type) do update
              set impressions = excluded.impressions, reach = excluded.reach, clicks = excluded.clicks, updated_at = now()
            """.formatted(TARGETS);

    /** A target with no imported figures left (its key moved to another campaign, or its import was deleted). */
    static final String REMOVE_EMPTY = """
            delete from engagement_day e
            using %s
            where e.workspace_id = :ws and e.channel_id = t.channel_id and e.campaign_id is not distinct from t.campaign_id
              and e.day = t.day and e.media_type = 'PAID'
              and not exists (select from imported_ad_day a where a.workspace_id = :ws and a.channel_id = t.channel_id
                and a.campaign_id is not distinct from t.campaign_id and a.day = t.day)
            """.formatted(TARGETS);

    /** Sets the PAID engagement days of the targets to their imported sums, removing those with none left. */
    public static void refreshEngagementDays(EntityManager em, long workspaceId, String createdBy, List<Target> targets) {
        if (targets.isEmpty()) {
            return;
        }
        bind(em.createNativeQuery(REMOVE_EMPTY).setParameter("ws", workspaceId), targets).executeUpdate();
        bind(em.createNativeQuery(REFRESH).setParameter("ws", workspaceId).setParameter("by", createdBy), targets)
                .executeUpdate();
    }

    private static Query bind(Query query, List<Target> targets) {
        query.setParameter("channel", targets.stream().map(Target::channelId).toArray(Long[]::new));
        query.setParameter("campaign", targets.stream().map(Target::campaignId).toArray(Long[]::new));
        query.setParameter("day", targets.stream().map(Target::day).toArray(LocalDate[]::new));
        return query;
    }
}
