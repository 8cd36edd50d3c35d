package io.socialroi.tracking;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

@Entity
@Table(name = "conversion")
public class ConversionEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conversion_id")
    @SequenceGenerator(name = "conversion_id", sequenceName = "conversion_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Column(name = "person_key")
    public String personKey;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    @Enumerated(EnumType.STRING)
    public ConversionType type;
    @Column(name = "custom_type")
    public String customType;
    @Column(name = "revenue_amount")
    public BigDecimal revenueAmount;
    @Column(name = "revenue_currency")
    public String revenueCurrency;
    @Column(name = "campaign_id")
    public Long campaignId;
    @Column(name = "channel_id")
    public Long channelId;
    @Column(name = "external_id")
    public String externalId;

    public static Optional<ConversionEntity> findInWorkspace(long workspaceId, long id) {
        return ConversionEntity.<ConversionEntity>find("id = ?1 and workspaceId = ?2", id, workspaceId)
                .firstResultOptional();
    }

    public static Optional<ConversionEntity> findByExternalId(long workspaceId, String externalId) {
        return ConversionEntity.<ConversionEntity>find("workspaceId = ?1 and externalId = ?2", workspaceId, externalId)
                .firstResultOptional();
    }

    /** The ids among {@code ids} that are conversions of the workspace. */
    public static List<Long> existingIds(long workspaceId, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : ConversionEntity.<ConversionEntity>list("workspaceId = ?1 and id in ?2", workspaceId, ids).stream()
                .map(c -> c.id).toList();
    }

    /** The ids of the workspace's conversions with these external ids, by external id (unknown ones are absent). */
    public static Map<String, Long> idsByExternalId(long workspaceId, Collection<String> externalIds) {
        return ConversionEntity.<ConversionEntity>list("workspaceId = ?1 and externalId in ?2", workspaceId, externalIds)
                .stream().collect(Collectors.toMap(c -> c.externalId, c -> c.id));
    }

    /** Deletes these conversions of the workspace in one statement (their stored credits cascade); how many. */
    public static long deleteByIds(long workspaceId, Collection<Long> ids) {
        return ids.isEmpty() ? 0 : delete("workspaceId = ?1 and id in ?2", workspaceId, ids);
    }

    /** Deletes every conversion of a person in one statement (an erasure; their stored credits cascade); how many. */
    public static long deleteByPerson(long workspaceId, String personKey) {
        return delete("workspaceId = ?1 and personKey = ?2", workspaceId, personKey);
    }

    /** One conversion of a batch, as {@link #insertNew} writes it; revenue's amount and currency are null together. */
    public record Row(String personKey, OffsetDateTime occurredAt, ConversionType type, String customType,
            BigDecimal revenueAmount, String revenueCurrency, Long channelId, Long campaignId, String externalId) {
    }

    /**
     * Inserts a batch in one statement, whatever its size, but the rows whose external id is stored already or
     * taken by an earlier row of the batch (duplicates, not inserted). Returns the new rows' ids, in batch order.
     */
    public static List<Long> insertNew(EntityManager em, long workspaceId, String createdBy, List<Row> rows) {
        return UnnestBatch.of(em.createNativeQuery(INSERT_NEW).setParameter("ws", workspaceId).setParameter("by", createdBy), rows)
                .column("person", Row::personKey, String[]::new)
                .column("occurredAt", Row::occurredAt, OffsetDateTime[]::new)
                .column("type", r -> r.type().name(), String[]::new)
                .column("customType", Row::customType, String[]::new)
                .column("amount", Row::revenueAmount, BigDecimal[]::new)
                .column("currency", Row::revenueCurrency, String[]::new)
                .column("channel", Row::channelId, Long[]::new)
                .column("campaign", Row::campaignId, Long[]::new)
                .column("externalId", Row::externalId, String[]::new)
                .insertedIds();
    }

    /** The batch as parallel arrays (nth: an element's place in the batch); ids in batch order, as for touchpoints. */
    static final String INSERT_NEW = """
            insert into conversion (id, workspace_id, person_key, occurred_at, type, custom_type, revenue_amount,
              revenue_currency, channel_id, campaign_id, external_id, created_by)
            select nextval('conversion_id_seq'), :ws, r.person_key, r.occurred_at, r.type, r.custom_type,
              r.revenue_amount, r.revenue_currency, r.channel_id, r.campaign_id, r.external_id, :by
            from (select u.*, row_number() over (partition by u.external_id order by u.nth) as copy
                  from unnest(cast(:person as varchar[]), cast(:occurredAt as timestamptz[]), cast(:type as varchar[]),
                         cast(:customType as varchar[]), cast(:amount as numeric[]), cast(:currency as varchar[]),
                         cast(:channel as bigint[]), cast(:campaign as bigint[]), cast(:externalId as varchar[]))
                    with ordinality as u(person_key, occurred_at, type, custom_type, revenue_amount, revenue_currency,
                         channel_id, campaign_id, external_id, nth)) r
            where %s
            order by r.nth
            returning id""".formatted(UnnestBatch.newExternalId("conversion"));
}
