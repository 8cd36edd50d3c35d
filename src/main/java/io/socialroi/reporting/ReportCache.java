package io.socialroi.reporting;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

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
 * computed. Every feature's report statements that are worth caching read their rows through here.
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
     * The statement's rows, each read by {@code row}. The rows are computed on the calling thread, a resolver's
     * worker thread (blocking JDBC), so waiting on the cache's Uni blocks no event loop; a concurrent miss of the
     * same key waits for the first one's rows.
     */
    public <R> List<R> rows(Query query, Class<R> rowType, Function<Tuple, R> row) {
        if (cacheConfig.maxEntries() <= 0) {
            return SqlRows.tuples(query).stream().map(row).toList();
        }
        Map<String, Object> parameters = new TreeMap<>();
        query.getParameters().forEach(p -> parameters.put(p.getName(), query.getParameterValue(p.getName())));
        String sql = query.unwrap(NativeQuery.class).getQueryString();
        List<?> cached = cache.get(new CacheKey(sql, parameters, dataVersion.current(), rowType),
                k -> SqlRows.tuples(query).stream().map(row).toList()).await().indefinitely();
        // rows are immutable records; the cast checks the type the key promises
        return cached.stream().map(rowType::cast).toList();
    }
}
