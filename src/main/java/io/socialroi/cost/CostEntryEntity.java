package io.socialroi.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.socialroi.common.AuditedEntity;
import io.socialroi.common.UnnestBatch;
import io.socialroi.common.Upserts;
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

@Entity
@Table(name = "cost_entry")
public class CostEntryEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cost_entry_id")
    @SequenceGenerator(name = "cost_entry_id", sequenceName = "cost_entry_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    /** Null for a cost recorded on the channel alone (an import's CHANNEL_ONLY option); then channelId is set. */
    @Column(name = "campaign_id")
    public Long campaignId;
    @Column(name = "channel_id")
    public Long channelId;
    @Enumerated(EnumType.STRING)
    public CostCategory category;
    /** For labor entered as hours × rate, the exact product. */
    public BigDecimal amount;
    public String currency;
    @Column(name = "incurred_on")
    public LocalDate incurredOn;
    public BigDecimal hours;
    @Column(name = "hourly_rate")
    public BigDecimal hourlyRate;
    public String description;
    @Column(name = "external_id")
    public String externalId;
    /** The post whose production this cost is (content/PostEntity), or null; at most one entry per post. */
    @Column(name = "post_id")
    public Long postId;

    /** One imported cost: its natural key (source, account, platform campaign, day, or a cost sheet's row key). */
    public record ImportedRow(String importKey, Long campaignId, Long channelId, CostCategory category,
            BigDecimal amount, String currency, LocalDate incurredOn, String description) {
    }

    /**
     * Writes a batch of imported costs (keys distinct) in one statement: a key an earlier import recorded is
     * replaced (the later file wins, so restated figures never add up twice). Counts new and replaced rows.
     */
    public static Upserts upsertImported(EntityManager em, long workspaceId, long importId, String createdBy,
            List<ImportedRow> rows) {
        return UnnestBatch.of(em.createNativeQuery(UPSERT_IMPORTED).setParameter("ws", workspaceId)
                .setParameter("import", importId).setParameter("by", createdBy), rows)
                .column("key", ImportedRow::importKey, String[]::new)
                .column("campaign", ImportedRow::campaignId, Long[]::new)
                .column("channel", ImportedRow::channelId, Long[]::new)
                .column("category", r -> r.category().name(), String[]::new)
                .column("amount", ImportedRow::amount, BigDecimal[]::new)
                .column("currency", ImportedRow::currency, String[]::new)
                .column("incurredOn", ImportedRow::incurredOn, LocalDate[]::new)
                .column("description", ImportedRow::description, String[]::new)
                .upsert();
    }

    static final String UPSERT_IMPORTED = """
            insert into cost_entry (id, workspace_id, campaign_id, channel_id, category, amount, currency, incurred_on,
              description, import_id, import_key, created_by)
            select nextval('cost_entry_id_seq'), :ws, r.campaign_id, r.channel_id, r.category, r.amount, r.currency,
              r.incurred_on, r.description, :import, r.import_key, :by
            from unnest(cast(:key as varchar[]), cast(:campaign as bigint[]), cast(:channel as bigint[]),
                   cast(:category as varchar[]), cast(:amount as numeric[]), cast(:currency as varchar[]),
                   cast(:incurredOn as date[]), cast(:description as varchar[]))
              as r(import_key, campaign_id, channel_id, category, amount, currency, incurred_on, description)
            on conflict (workspace_id, import_key) where import_key is not null do update
              set campaign_id = excluded.campaign_id, channel_id = excluded.channel_id, category = excluded.category,
                amount = excluded.amount, currency = excluded.currency, incurred_on = excluded.incurred_on,
                description = excluded.description, import_id = excluded.import_id
            """ + Upserts.RETURNING_INSERTED;

    static final String DELETE_OF_IMPORT = "delete from cost_entry where workspace_id = :ws and import_id = :import";

    /** Removes the costs an import wrote (and that no later import replaced); returns how many. */
    public static int deleteOfImport(EntityManager em, long workspaceId, long importId) {
        return em.createNativeQuery(DELETE_OF_IMPORT).setParameter("ws", workspaceId).setParameter("import", importId)
                .executeUpdate();
    }

    public static Optional<CostEntryEntity> findInWorkspace(long workspaceId, long id) {
        return CostEntryEntity.<CostEntryEntity>find("id = ?1 and workspaceId = ?2", id, workspaceId).firstResultOptional();
    }

    public static Optional<CostEntryEntity> findByExternalId(long workspaceId, String externalId) {
        return CostEntryEntity.<CostEntryEntity>find("workspaceId = ?1 and externalId = ?2", workspaceId, externalId)
                .firstResultOptional();
    }

    /** One cost of a batch, as {@link #insertNew} writes it. */
    public record Row(long campaignId, Long channelId, CostCategory category, BigDecimal amount, String currency,
            LocalDate incurredOn, BigDecimal hours, BigDecimal hourlyRate, String description, String externalId) {
    }

    /**
     * Inserts a batch in one statement, whatever its size, but the rows whose external id is stored already or taken
     * by an earlier row of the batch (duplicates, not inserted, as recordCost answers them). Returns the new rows' ids.
     */
    public static List<Long> insertNew(EntityManager em, long workspaceId, String createdBy, List<Row> rows) {
        return UnnestBatch.of(em.createNativeQuery(INSERT_NEW).setParameter("ws", workspaceId).setParameter("by", createdBy), rows)
                .column("campaign", Row::campaignId, Long[]::new)
                .column("channel", Row::channelId, Long[]::new)
                .column("category", r -> r.category().name(), String[]::new)
                .column("amount", Row::amount, BigDecimal[]::new)
                .column("currency", Row::currency, String[]::new)
                .column("incurredOn", Row::incurredOn, LocalDate[]::new)
                .column("hours", Row::hours, BigDecimal[]::new)
                .column("hourlyRate", Row::hourlyRate, BigDecimal[]::new)
                .column("description", Row::description, String[]::new)
                .column("externalId", Row::externalId, String[]::new)
                .insertedIds();
    }

    /** The batch as parallel arrays (nth: an element's place in the batch), as TouchpointEntity.insertNew. */
    static final String INSERT_NEW = """
            insert into cost_entry (id, workspace_id, campaign_id, channel_id, category, amount, currency, incurred_on,
              hours, hourly_rate, description, external_id, created_by)
            select nextval('cost_entry_id_seq'), :ws, r.campaign_id, r.channel_id, r.category, r.amount, r.currency,
              r.incurred_on, r.hours, r.hourly_rate, r.description, r.external_id, :by
            from (select u.*, row_number() over (partition by u.external_id order by u.nth) as copy
                  from unnest(cast(:campaign as bigint[]), cast(:channel as bigint[]), cast(:category as varchar[]),
                         cast(:amount as numeric[]), cast(:currency as varchar[]), cast(:incurredOn as date[]),
                         cast(:hours as numeric[]), cast(:hourlyRate as numeric[]), cast(:description as varchar[]),
                         cast(:externalId as varchar[]))
                    with ordinality as u(campaign_id, channel_id, category, amount, currency, incurred_on, hours,
                         hourly_rate, description, external_id, nth)) r
            where %s
            order by r.nth
            returning id""".formatted(UnnestBatch.newExternalId("cost_entry"));
}
