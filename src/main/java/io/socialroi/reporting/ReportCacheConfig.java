package io.socialroi.reporting;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The report cache's settings ({@code social-roi.report-cache.*}). */
@ConfigMapping(prefix = "social-roi.report-cache")
public interface ReportCacheConfig {

    /** How many statement results are kept, least recently used first out; 0 turns the cache off. */
    @WithDefault("500")
    int maxEntries();
}
