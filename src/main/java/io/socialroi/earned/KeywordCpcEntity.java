package io.socialroi.earned;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;
import io.socialroi.common.UnnestBatch;
import io.socialroi.common.Upserts;

/** A keyword's cost-per-click price from validFrom to validTo (inclusive; null: open-ended). */
@Entity
@Table(name = "keyword_cpc")
public class KeywordCpcEntity extends AuditedEntity {
    /** generated always as identity */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    /** Normalized (KeywordMath.normalize). */
    public String keyword;
    @Column(name = "valid_from")
    public LocalDate validFrom;
    @Column(name = "valid_to")
    public LocalDate validTo;
    public BigDecimal amount;
    public String currency;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The workspace's prices, by keyword, each from its earliest validFrom. */
    public static List<KeywordCpcEntity> listByWorkspace(long workspaceId) {
        return list("workspaceId = ?1 order by keyword, validFrom", workspaceId);
    }

    /** The prices of one keyword (normalized), from the earliest validFrom. */
    public static List<KeywordCpcEntity> listByKeyword(long workspaceId, String keyword) {
        return list("workspaceId = ?1 and keyword = ?2 order by validFrom", workspaceId, keyword);
    }

    /** The stored prices of the keywords (normalized), in no order: what a batch of new prices must not overlap. */
    public static List<KeywordCpcEntity> listByKeywords(long workspaceId, Collection<String> keywords) {
        return list("workspaceId = ?1 and keyword in ?2", workspaceId, keywords);
    }

    /** One price of a batch, as {@link #upsertAll} writes it. */
    public record Row(String keyword, LocalDate validFrom, LocalDate validTo, BigDecimal amount, String currency) {
    }

    /**
     * Inserts or replaces a batch of prices in one statement. The rows must not repeat a key (keyword, validFrom):
     * the service refuses such a batch, and overlaps, before. Returns how many were inserted and how many replaced
     * a price.
     */
    public static Upserts upsertAll(EntityManager em, long workspaceId, String createdBy, List<Row> rows) {
        return UnnestBatch.of(em.createNativeQuery(UPSERT_ALL).setParameter("ws", workspaceId).setParameter("by", createdBy), rows)
                .column("keyword", Row::keyword, String[]::new)
                .column("from", Row::validFrom, LocalDate[]::new)
                .column("to", Row::validTo, LocalDate[]::new)
                .column("amount", Row::amount, BigDecimal[]::new)
                .column("currency", Row::currency, String[]::new)
                .upsert();
    }

    /** The batch as parallel arrays, one element per price; a price with the same validFrom is replaced. */
    static final String UPSERT_ALL = """
            insert into keyword_cpc (workspace_id, keyword, valid_from, valid_to, amount, currency, created_by)
            select :ws, r.keyword, r.valid_from, r.valid_to, r.amount, r.currency, :by
            from unnest(cast(:keyword as varchar[]), cast(:from as date[]), cast(:to as date[]),
                   cast(:amount as numeric[]), cast(:currency as varchar[]))
              as r(keyword, valid_from, valid_to, amount, currency)
            on conflict (workspace_id, keyword, valid_from) do update
              set valid_to = excluded.valid_to, amount = excluded.amount, currency = excluded.currency,
                updated_at = now()
            %s""".formatted(Upserts.RETURNING_INSERTED);
}
