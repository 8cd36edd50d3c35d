package io.socialroi.metric;

import io.socialroi.attribution.ReportScope;
import io.socialroi.reporting.Granularity;
import io.socialroi.tracking.MediaType;

/**
 * What a series is measured over: the report scope (validated period, attribution, conversion types), the bucket
 * size, and optionally one campaign, one channel (database ids) and one media type (engagement metrics only).
 */
public record BucketArguments(ReportScope scope, Granularity granularity, Long campaignId, Long channelId,
        MediaType mediaType) {
}
