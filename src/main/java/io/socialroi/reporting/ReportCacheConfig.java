package io.socialroi.reporting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The report cache's settings ({@code social-roi.report-cache.*}). The cache itself is the Quarkus cache
 * {@value #CACHE_NAME} (Caffeine), sized from {@link #maxEntries()} in application.properties.
 */
@ConfigMapping(prefix = "social-roi.report-cache")
public interface ReportCacheConfig {

    /** The name of the Quarkus cache that holds report statement results. */
    String CACHE_NAME = "reports";

    /**
     * How many statement results are kept (the cache's {@code maximum-size}: Caffeine evicts those least likely
     * to be used again); 0 turns the cache off, and report statements then always run.
     */
    @WithDefault("500")
    int maxEntries();
}
