package io.socialroi.tracking;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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
@Table(name = "touchpoint")
public class TouchpointEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "touchpoint_id")
    @SequenceGenerator(name = "touchpoint_id", sequenceName = "touchpoint_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Column(name = "person_key")
    public String personKey;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    @Column(name = "channel_id")
    public long channelId;
    @Column(name = "campaign_id")
    public Long campaignId;
    @Enumerated(EnumType.STRING)
    @Column(name = "media_type")
    public MediaType mediaType;
    @Column(name = "utm_source")
    public String utmSource;
    @Column(name = "utm_medium")
    public String utmMedium;
    @Column(name = "utm_campaign")
    public String utmCampaign;
    @Column(name = "utm_term")
    public String utmTerm;
    /** utm_term as a keyword (Utm.termKey), what earned media value matches keyword prices by. */
    @Column(name = "utm_term_key")
    public String utmTermKey;
    @Column(name = "utm_content")
    public String utmContent;
    @Column(name = "landing_url")
    public String landingUrl;
    @Column(name = "external_id")
    public String externalId;

    /** The ids of the workspace's touchpoints with these external ids, by external id (unknown ones are absent). */
    public static Map<String, Long> idsByExternalId(long workspaceId, Collection<String> externalIds) {
        return TouchpointEntity.<TouchpointEntity>list("workspaceId = ?1 and externalId in ?2", workspaceId, externalIds)
                .stream().collect(Collectors.toMap(t -> t.externalId, t -> t.id));
    }

    /** The ids of a person's touchpoints from {@code from} (inclusive) to {@code to} (exclusive). */
    public static List<Long> idsOfPerson(long workspaceId, String personKey, OffsetDateTime from, OffsetDateTime to) {
        return TouchpointEntity.<TouchpointEntity>list(
                "workspaceId = ?1 and personKey = ?2 and occurredAt >= ?3 and occurredAt < ?4 order by id",
                workspaceId, personKey, from, to).stream().map(t -> t.id).toList();
    }

    /** Deletes these touchpoints of the workspace in one statement; how many. */
    public static long deleteByIds(long workspaceId, Collection<Long> ids) {
        return ids.isEmpty() ? 0 : delete("workspaceId = ?1 and id in ?2", workspaceId, ids);
    }

    /** Deletes every touchpoint of a person in one statement (an erasure); how many. */
    public static long deleteByPerson(long workspaceId, String personKey) {
        return delete("workspaceId = ?1 and personKey = ?2", workspaceId, personKey);
    }

    /** One touchpoint of a batch, as {@link #insertNew} writes it (text trimmed, blanks null, utm_term's key set). */
    public record Row(String personKey, OffsetDateTime occurredAt, long channelId, Long campaignId, MediaType mediaType,
            String utmSource, String utmMedium, String utmCampaign, String utmTerm, String utmTermKey,
            String utmContent, String landingUrl, String externalId) {
    }

    /**
     * Inserts a batch in one statement, whatever its size, but the rows whose external id is stored already or
     * taken by an earlier row of the batch (duplicates, not inserted). Returns the new rows' ids, in batch order.
     */
    public static List<Long> insertNew(EntityManager em, long workspaceId, String createdBy, List<Row> rows) {
        return UnnestBatch.of(em.createNativeQuery(INSERT_NEW).setParameter("ws", workspaceId).setParameter("by", createdBy), rows)
                .column("person", Row::personKey, String[]::new)
                .column("occurredAt", Row::occurredAt, OffsetDateTime[]::new)
                .column("channel", Row::channelId, Long[]::new)
                .column("campaign", Row::campaignId, Long[]::new)
                .column("mediaType", r -> r.mediaType().name(), String[]::new)
                .column("source", Row::utmSource, String[]::new)
                .column("medium", Row::utmMedium, String[]::new)
                .column("utmCampaign", Row::utmCampaign, String[]::new)
                .column("term", Row::utmTerm, String[]::new)
                .column("termKey", Row::utmTermKey, String[]::new)
                .column("content", Row::utmContent, String[]::new)
                .column("landingUrl", Row::landingUrl, String[]::new)
                .column("externalId", Row::externalId, String[]::new)
                .insertedIds();
    }

    /**
     * The batch as parallel arrays, one element per touchpoint (nth: its place in the batch). Ids come from the
     * entity's sequence in batch order (PostgreSQL evaluates nextval after the sort), so touches of one instant keep
     * the order they were sent in, as they did when persisted one by one.
     */
    static final String INSERT_NEW = """
            insert into touchpoint (id, workspace_id, person_key, occurred_at, channel_id, campaign_id, media_type,
              utm_source, utm_medium, utm_campaign, utm_term, utm_term_key, utm_content, landing_url, external_id,
              created_by)
            select nextval('touchpoint_id_seq'), :ws, r.person_key, r.occurred_at, r.channel_id, r.campaign_id,
              r.media_type, r.utm_source, r.utm_medium, r.utm_campaign, r.utm_term, r.utm_term_key, r.utm_content,
              r.landing_url, r.external_id, :by
            from (select u.*, row_number() over (partition by u.external_id order by u.nth) as copy
                  from unnest(cast(:person as varchar[]), cast(:occurredAt as timestamptz[]),
                         cast(:channel as bigint[]), cast(:campaign as bigint[]), cast(:mediaType as varchar[]),
                         cast(:source as varchar[]), cast(:medium as varchar[]), cast(:utmCampaign as varchar[]),
                         cast(:term as varchar[]), cast(:termKey as varchar[]), cast(:content as varchar[]),
                         cast(:landingUrl as varchar[]), cast(:externalId as varchar[]))
                    with ordinality as u(person_key, occurred_at, channel_id, campaign_id, media_type, utm_source,
                         utm_medium, utm_campaign, utm_term, utm_term_key, utm_content, landing_url, external_id, nth)) r
            where %s
            order by r.nth
            returning id""".formatted(UnnestBatch.newExternalId("touchpoint"));
}
