package io.socialroi.cost;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.socialroi.common.AuditedEntity;
import io.socialroi.common.UnnestBatch;
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
    @Column(name = "campaign_id")
    public long campaignId;
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
