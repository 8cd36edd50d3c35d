package io.socialroi.audience;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
import jakarta.persistence.Tuple;

import io.socialroi.common.AuditedEntity;
import io.socialroi.common.SqlRows;
import io.socialroi.common.UnnestBatch;

/** One segment's share of a channel's audience on a day (a row of a snapshot's dimension). */
@Entity
@Table(name = "audience_share")
public class AudienceShareEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audience_share_id")
    @SequenceGenerator(name = "audience_share_id", sequenceName = "audience_share_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Column(name = "channel_id")
    public long channelId;
    public LocalDate day;
    @Enumerated(EnumType.STRING)
    public AudienceDimension dimension;
    public String segment;
    /** Percent, 0 to 100. */
    public BigDecimal share;
    /** The import that wrote the row (a dimension sent again is written anew by its sender), which deleteImport removes. */
    @Column(name = "import_id")
    public Long importId;

    /** One segment of a batch. */
    public record Row(long channelId, LocalDate day, AudienceDimension dimension, String segment, BigDecimal share) {
    }

    /** A snapshot: a channel's audience on a day. */
    public record Snapshot(long channelId, LocalDate day) {
    }

    /**
     * Replaces the dimensions the batch sends (channel, day, dimension) with its rows: one statement deletes what was
     * recorded for them, one inserts the batch. Returns the snapshots that had any of them recorded before.
     */
    public static Set<Snapshot> replaceAll(EntityManager em, long workspaceId, String createdBy, Long importId,
            List<Row> rows) {
        Set<Snapshot> replaced = new HashSet<>();
        if (rows.isEmpty()) {
            return replaced;
        }
        List<?> deleted = UnnestBatch.of(em.createNativeQuery(DELETE_DIMENSIONS, Tuple.class)
                .setParameter("ws", workspaceId), rows)
                .column("channel", Row::channelId, Long[]::new)
                .column("day", Row::day, LocalDate[]::new)
                .column("dimension", r -> r.dimension().name(), String[]::new)
                .query().getResultList();
        for (Object row : deleted) {
            Tuple tuple = (Tuple) row;
            replaced.add(new Snapshot(SqlRows.longValue(tuple, "channel_id"), SqlRows.date(tuple, "day")));
        }
        UnnestBatch.of(em.createNativeQuery(INSERT_ALL).setParameter("ws", workspaceId).setParameter("by", createdBy),
                rows)
                .column("channel", Row::channelId, Long[]::new)
                .column("day", Row::day, LocalDate[]::new)
                .column("dimension", r -> r.dimension().name(), String[]::new)
                .column("segment", Row::segment, String[]::new)
                .column("share", Row::share, BigDecimal[]::new)
                .column("importId", r -> importId, Long[]::new)
                .query().executeUpdate();
        return replaced;
    }

    /** The recorded rows of every (channel, day, dimension) the batch names; each snapshot that had any, once. */
    static final String DELETE_DIMENSIONS = """
            with d as (
              delete from audience_share s
              using (select distinct * from unnest(cast(:channel as bigint[]), cast(:day as date[]),
                       cast(:dimension as varchar[])) as u(channel_id, day, dimension)) r
              where s.workspace_id = :ws and s.channel_id = r.channel_id and s.day = r.day and s.dimension = r.dimension
              returning s.channel_id, s.day)
            select distinct channel_id, day from d""";

    static final String INSERT_ALL = """
            insert into audience_share (id, workspace_id, channel_id, day, dimension, segment, share, import_id,
              created_by)
            select nextval('audience_share_id_seq'), :ws, r.channel_id, r.day, r.dimension, r.segment, r.share,
              r.import_id, :by
            from unnest(cast(:channel as bigint[]), cast(:day as date[]), cast(:dimension as varchar[]),
                   cast(:segment as varchar[]), cast(:share as numeric[]), cast(:importId as bigint[]))
              as r(channel_id, day, dimension, segment, share, import_id)""";

    /** Removes the segments an import wrote (the dimensions it recorded last). */
    public static int deleteOfImport(EntityManager em, long workspaceId, long importId) {
        return em.createNativeQuery(DELETE_OF_IMPORT).setParameter("ws", workspaceId).setParameter("import", importId)
                .executeUpdate();
    }

    static final String DELETE_OF_IMPORT = "delete from audience_share where workspace_id = :ws and import_id = :import";
}
