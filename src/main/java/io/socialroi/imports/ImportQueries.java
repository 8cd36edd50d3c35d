package io.socialroi.imports;

import static io.socialroi.common.SqlRows.decimal;
import static io.socialroi.common.SqlRows.longValue;
import static io.socialroi.common.SqlRows.text;
import static io.socialroi.common.SqlRows.timestamp;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import io.socialroi.common.SqlRows;
import io.socialroi.common.UnnestBatch;
import io.socialroi.tracking.ConversionEntity;

/** The statements of imports beyond the entities' own: one per batch, never one per row. */
@ApplicationScoped
public class ImportQueries {

    @Inject
    EntityManager em;

    /** A conversion stored under an external id, as far as a re-imported deal may change it. */
    record StoredConversion(long id, String type, BigDecimal amount, String currency, OffsetDateTime occurredAt) {
        static StoredConversion of(Tuple row) {
            return new StoredConversion(longValue(row, "id"), text(row, "type"), decimal(row, "revenue_amount"),
                    text(row, "revenue_currency"), timestamp(row, "occurred_at"));
        }

        boolean sameAs(ConversionEntity.Row row) {
            return type.equals(row.type().name()) && Objects.equals(currency, row.revenueCurrency())
                    && (amount == null ? row.revenueAmount() == null
                            : row.revenueAmount() != null && amount.compareTo(row.revenueAmount()) == 0)
                    && occurredAt.toInstant().equals(row.occurredAt().toInstant());
        }
    }

    /** A stored conversion and what a re-imported deal says it is now. */
    record ChangedConversion(long id, ConversionEntity.Row row) {
    }

    static final String CONVERSIONS_BY_EXTERNAL_ID = """
            select id, external_id, type, revenue_amount, revenue_currency, occurred_at from conversion
            where workspace_id = :ws and external_id = any(cast(:ids as varchar[]))
            """;

    Map<String, StoredConversion> conversionsByExternalId(long ws, Collection<String> externalIds) {
        Map<String, StoredConversion> result = new HashMap<>();
        if (!externalIds.isEmpty()) {
            SqlRows.tuples(em.createNativeQuery(CONVERSIONS_BY_EXTERNAL_ID, Tuple.class).setParameter("ws", ws)
                    .setParameter("ids", externalIds.toArray(String[]::new)))
                    .forEach(row -> result.put(text(row, "external_id"), StoredConversion.of(row)));
        }
        return result;
    }

    /** A re-imported deal's new type, amount and date, written over the stored conversion in place (same id). */
    static final String UPDATE_CONVERSIONS = """
            update conversion c set type = u.type, revenue_amount = u.amount, revenue_currency = u.currency,
              occurred_at = u.occurred_at
            from unnest(cast(:id as bigint[]), cast(:type as varchar[]), cast(:amount as numeric[]),
                   cast(:currency as varchar[]), cast(:occurredAt as timestamptz[])) as u(id, type, amount, currency, occurred_at)
            where c.workspace_id = :ws and c.id = u.id
            """;

    void updateConversions(long ws, List<ChangedConversion> changed) {
        if (changed.isEmpty()) {
            return;
        }
        jakarta.persistence.Query update = em.createNativeQuery(UPDATE_CONVERSIONS).setParameter("ws", ws);
        UnnestBatch.of(update, changed)
                .column("id", ChangedConversion::id, Long[]::new)
                .column("type", c -> c.row().type().name(), String[]::new)
                .column("amount", c -> c.row().revenueAmount(), BigDecimal[]::new)
                .column("currency", c -> c.row().revenueCurrency(), String[]::new)
                .column("occurredAt", c -> c.row().occurredAt(), OffsetDateTime[]::new);
        update.executeUpdate();
    }

    /** The tables whose rows carry the import that inserted them. */
    static final Map<String, String> MARK_IMPORTED = Map.of(
            "touchpoint", "update touchpoint set import_id = :import where workspace_id = :ws and id = any(cast(:ids as bigint[]))",
            "conversion", "update conversion set import_id = :import where workspace_id = :ws and id = any(cast(:ids as bigint[]))");

    /** Marks the rows a batch inserted as this import's, in one statement. */
    void markImported(String table, long ws, long importId, List<Long> ids) {
        if (!ids.isEmpty()) {
            em.createNativeQuery(MARK_IMPORTED.get(table)).setParameter("ws", ws).setParameter("import", importId)
                    .setParameter("ids", ids.toArray(Long[]::new)).executeUpdate();
        }
    }

    /**
     * The conversions whose stored credits an import's removal can change: every other conversion of the persons of
     * its touchpoints and conversions (a superset of those within the lookback; re-crediting more is exact too).
     */
    static final String CONVERSIONS_OF_IMPORTED_PERSONS = """
            select c.id from conversion c
            where c.workspace_id = :ws and c.import_id is distinct from :import and c.person_key in (
              select t.person_key from touchpoint t where t.workspace_id = :ws and t.import_id = :import
              union
              select n.person_key from conversion n where n.workspace_id = :ws and n.import_id = :import)
            """;

    List<Long> conversionsOfImportedPersons(long ws, long importId) {
        return SqlRows.longs(em.createNativeQuery(CONVERSIONS_OF_IMPORTED_PERSONS).setParameter("ws", ws)
                .setParameter("import", importId));
    }

    static final Map<String, String> DELETE_OF_IMPORT = Map.of(
            "touchpoint", "delete from touchpoint where workspace_id = :ws and import_id = :import",
            "conversion", "delete from conversion where workspace_id = :ws and import_id = :import");

    int deleteOfImport(String table, long ws, long importId) {
        return em.createNativeQuery(DELETE_OF_IMPORT.get(table)).setParameter("ws", ws).setParameter("import", importId)
                .executeUpdate();
    }
}
