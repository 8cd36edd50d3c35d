package io.socialroi.common;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

import jakarta.persistence.Query;

/**
 * Binds a batch to a set-based statement over {@code unnest(cast(:column as type[]), …)}: one array parameter
 * per column, element i from row i. So a batch of any size is one statement, and each writer states only its
 * columns, not the loop that fills the arrays.
 */
public final class UnnestBatch<R> {

    private final Query query;
    private final List<R> rows;

    private UnnestBatch(Query query, List<R> rows) {
        this.query = query;
        this.rows = rows;
    }

    public static <R> UnnestBatch<R> of(Query query, List<R> rows) {
        return new UnnestBatch<>(query, rows);
    }

    /** Binds {@code :name} to the column {@code value} of every row, in row order. */
    public <T> UnnestBatch<R> column(String name, Function<R, T> value, IntFunction<T[]> array) {
        T[] column = array.apply(rows.size());
        for (int i = 0; i < column.length; i++) {
            column[i] = value.apply(rows.get(i));
        }
        query.setParameter(name, column);
        return this;
    }

    /**
     * The condition of an insert from {@code unnest(…) with ordinality} that skips duplicates by external id: a row
     * {@code r} is new when it has no external id, or when it is the first of the batch with it ({@code r.copy}, its
     * row_number among the rows with that id in batch order) and none of {@code table}'s rows of the workspace has
     * it. Concurrent writers of one workspace take turns (WritesWorkspaceData), so the later sees the earlier's rows.
     */
    public static String newExternalId(String table) {
        return """
                r.external_id is null or (r.copy = 1 and not exists (
                  select from %s stored where stored.workspace_id = :ws and stored.external_id = r.external_id))"""
                .formatted(table);
    }

    /** The statement with every column bound, for a statement run otherwise (a delete returning rows, a plain insert). */
    public Query query() {
        return query;
    }

    /** Runs an insert that returns the id of each row it inserted; the ids in the order the statement returns them. */
    public List<Long> insertedIds() {
        return rows.isEmpty() ? List.of() : SqlRows.longs(query);
    }

    /** Runs an upsert that returns {@link Upserts#RETURNING_INSERTED}, and counts what it inserted and replaced. */
    public Upserts upsert() {
        Upserts upserts = new Upserts();
        if (!rows.isEmpty()) {
            query.getResultList().forEach(upserts::count);
        }
        return upserts;
    }
}
