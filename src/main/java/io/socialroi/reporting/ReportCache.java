package io.socialroi.reporting;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import org.hibernate.query.NativeQuery;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.socialroi.common.SqlRows;

/**
 * The report cache: the rows of a report statement, from the cache when the workspace's data has not changed
 * since (docs/benchmark.md). A report over a million touchpoints takes PostgreSQL a second or more; a dashboard
 * asks the same question again and again, and a page of campaigns asks for figures the previous page already
 * computed. Every feature's report statements that are worth caching read their rows through here, and a value
 * computed from such rows that is costly in itself (DATA_DRIVEN's solved Markov chain) is kept here the same way.
 */
@ApplicationScoped
public class ReportCache {

    @Inject
    @CacheName(ReportCacheConfig.CACHE_NAME)
    Cache cache;
    @Inject
    ReportCacheConfig cacheConfig;
    @Inject
    ReportDataVersion dataVersion;

    /**
     * A cache entry's key: the statement, its parameters and the workspace's data version, which any write of
     * report inputs changes, so an entry is never served after the data it was computed from changed; unreachable
     * entries age out by size. The row type is part of the key, so an entry holds rows of one type only.
     */
    private record CacheKey(String sql, Map<String, Object> parameters, long dataVersion, Class<?> rowType) {
    }

    /**
     * A value's entry: what the value is computed from (a record naming the workspace and everything else the value
     * depends on) and the workspace's data version, so it is never served after that data changed.
     */
    private record ValueKey(Object inputs, long dataVersion, Class<?> type) {
    }

    /**
     * The statement's rows, each read by {@code row}. The rows are computed on the calling thread, a resolver's
     * worker thread (blocking JDBC), so waiting on the cache's Uni blocks no event loop; a concurrent miss of the
     * same key waits for the first one's rows.
     */
    public <R> List<R> rows(Query query, Class<R> rowType, Function<Tuple, R> row) {
        Supplier<List<R>> compute = () -> SqlRows.tuples(query).stream().map(row).toList();
        if (off()) {
            return compute.get();
        }
        Map<String, Object> parameters = new TreeMap<>();
        query.getParameters().forEach(p -> parameters.put(p.getName(), query.getParameterValue(p.getName())));
        String sql = query.unwrap(NativeQuery.class).getQueryString();
        List<?> cached = (List<?>) cached(new CacheKey(sql, parameters, dataVersion.current(), rowType), compute);
        // rows are immutable records; the cast checks the type the key promises
        return cached.stream().map(rowType::cast).toList();
    }

    /**
     * A value computed from the workspace's report inputs, kept like a statement's rows: under {@code inputs}, which
     * must name the workspace and all else the value depends on (a record, compared by equals), and the data
     * version. Computed by {@code compute} on the calling thread on a miss; a concurrent miss of the same key waits
     * for it. The value must be immutable, or at least safe
     * to share between requests. With the cache off it is computed every time.
     */
    public <V> V value(Object inputs, Class<V> type, Supplier<V> compute) {
        if (off()) {
            return compute.get();
        }
        return type.cast(cached(new ValueKey(inputs, dataVersion.current(), type), compute));
    }

    private boolean off() {
        return cacheConfig.maxEntries() <= 0;
    }

    /** The entry of {@code key}, computed on a miss; its type is checked by the caller, as the key promises. */
    private Object cached(Object key, Supplier<?> compute) {
        return cache.get(key, k -> (Object) compute.get()).await().indefinitely();
    }
}
