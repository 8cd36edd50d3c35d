package io.socialroi.sentiment;

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

/** A day's mentions of the brand on a channel, by sentiment, as a listening tool counts them; a day sent again replaces it. */
@Entity
@Table(name = "sentiment_day")
public class SentimentDayEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sentiment_day_id")
    @SequenceGenerator(name = "sentiment_day_id", sequenceName = "sentiment_day_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Column(name = "channel_id")
    public long channelId;
    public LocalDate day;
    public long positive;
    public long neutral;
    public long negative;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** One day of a batch (counts already defaulted to 0). */
    public record Row(long channelId, LocalDate day, long positive, long neutral, long negative) {
    }

    /** Inserts or replaces a batch of days in one statement; the rows must not repeat a (channel, day). */
    public static Upserts upsertAll(EntityManager em, long workspaceId, String createdBy, List<Row> rows) {
        return UnnestBatch.of(em.createNativeQuery(UPSERT_ALL).setParameter("ws", workspaceId).setParameter("by", createdBy), rows)
                .column("channel", Row::channelId, Long[]::new)
                .column("day", Row::day, LocalDate[]::new)
                .column("positive", Row::positive, Long[]::new)
                .column("neutral", Row::neutral, Long[]::new)
                .column("negative", Row::negative, Long[]::new)
                .upsert();
    }

    static final String UPSERT_ALL = """
            insert into sentiment_day (id, workspace_id, channel_id, day, positive, neutral, negative, created_by)
            select nextval('sentiment_day_id_seq'), :ws, r.channel_id, r.day, r.positive, r.neutral, r.negative, :by
            from unnest(cast(:channel as bigint[]), cast(:day as date[]), cast(:positive as bigint[]),
                   cast(:neutral as bigint[]), cast(:negative as bigint[]))
              as r(channel_id, day, positive, neutral, negative)
            on conflict (workspace_id, channel_id, day) do update
              set positive = excluded.positive, neutral = excluded.neutral, negative = excluded.negative,
                updated_at = now()
            %s""".formatted(Upserts.RETURNING_INSERTED);
}
