package io.socialroi.reporting;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The rows of report statements, remembered by (statement, parameters, workspace data version). A report
 * over a million touchpoints takes PostgreSQL a second or more; a dashboard asks the same question again
 * and again, and a page of campaigns asks for figures the previous page already computed. Any write to the
 * workspace's data changes its version (WorkspaceDataVersion), so an entry is never served after the data
 * it was computed from changed. Least recently used entries go first.
 */
@ApplicationScoped
public class ReportCache {

    public record Key(String sql, Map<String, Object> parameters, long dataVersion) {
    }

    private final int maxEntries;
    private final Map<Key, List<?>> entries;

    ReportCache(ReportCacheConfig config) {
        this.maxEntries = config.maxEntries();
        this.entries = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, List<?>> eldest) {
                return size() > ReportCache.this.maxEntries;
            }
        };
    }

    /**
     * The cached rows of the key, or the computed ones (then remembered). The key's statement fixes the row
     * type; rows are immutable records.
     */
    public <R> List<R> rows(Key key, Class<R> rowType, Supplier<List<R>> compute) {
        if (maxEntries <= 0) {
            return compute.get();
        }
        synchronized (entries) {
            List<?> cached = entries.get(key);
            if (cached != null) {
                return cached.stream().map(rowType::cast).toList();
            }
        }
        // computed outside the lock: two concurrent misses compute twice rather than wait on each other
        List<R> rows = List.copyOf(compute.get());
        synchronized (entries) {
            entries.put(key, rows);
        }
        return rows;
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
