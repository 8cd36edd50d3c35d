package io.socialroi.savings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;
import io.socialroi.common.UnnestBatch;
import io.socialroi.common.Upserts;

/** Support contacts deflected in a period on a channel (and campaign, or none), at a cost per contact. */
@Entity
@Table(name = "service_saving")
public class ServiceSavingEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_saving_id")
    @SequenceGenerator(name = "service_saving_id", sequenceName = "service_saving_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Column(name = "channel_id")
    public long channelId;
    @Column(name = "campaign_id")
    public Long campaignId;
    @Column(name = "period_from")
    public LocalDate periodFrom;
    @Column(name = "period_to")
    public LocalDate periodTo;
    public long contacts;
    @Column(name = "cost_per_contact")
    public BigDecimal costPerContact;
    public String currency;
    public String description;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** One period of a batch, as {@link #upsertAll} writes it. */
    public record Row(long channelId, Long campaignId, LocalDate periodFrom, LocalDate periodTo, long contacts,
            BigDecimal costPerContact, String currency, String description) {
    }

    /**
     * Inserts or replaces a batch of periods in one statement. The rows must not repeat a key (channel, campaign or
     * none, from, to): the service refuses such a batch, and overlaps, before. Returns how many were inserted and
     * how many replaced a period.
     */
    public static Upserts upsertAll(EntityManager em, long workspaceId, String createdBy, List<Row> rows) {
        return UnnestBatch.of(em.createNativeQuery(UPSERT_ALL).setParameter("ws", workspaceId).setParameter("by", createdBy), rows)
                .column("channel", Row::channelId, Long[]::new)
                .column("campaign", Row::campaignId, Long[]::new)
                .column("from", Row::periodFrom, LocalDate[]::new)
                .column("to", Row::periodTo, LocalDate[]::new)
                .column("contacts", Row::contacts, Long[]::new)
                .column("cost", Row::costPerContact, BigDecimal[]::new)
                .column("currency", Row::currency, String[]::new)
                .column("description", Row::description, String[]::new)
                .upsert();
    }

    /** The batch as parallel arrays, one element per period; the same period recorded before is replaced. */
    static final String UPSERT_ALL = """
            insert into service_saving (id, workspace_id, channel_id, campaign_id, period_from, period_to, contacts,
              cost_per_contact, currency, description, created_by)
            select nextval('service_saving_id_seq'), :ws, r.channel_id, r.campaign_id, r.period_from, r.period_to,
              r.contacts, r.cost_per_contact, r.currency, r.description, :by
            from unnest(cast(:channel as bigint[]), cast(:campaign as bigint[]), cast(:from as date[]),
                   cast(:to as date[]), cast(:contacts as bigint[]), cast(:cost as numeric[]),
                   cast(:currency as varchar[]), cast(:description as varchar[]))
              as r(channel_id, campaign_id, period_from, period_to, contacts, cost_per_contact, currency, description)
            on conflict (workspace_id, channel_id, coalesce(campaign_id, 0), period_from, period_to) do update
              set contacts = excluded.contacts, cost_per_contact = excluded.cost_per_contact,
                currency = excluded.currency, description = excluded.description, updated_at = now()
            %s""".formatted(Upserts.RETURNING_INSERTED);
}
