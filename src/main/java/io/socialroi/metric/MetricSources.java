package io.socialroi.metric;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import io.socialroi.channel.ChannelService;
import io.socialroi.earned.EarnedMediaQueries;
import io.socialroi.earned.EarnedMediaService;
import io.socialroi.engagement.EngagementQueries;
import io.socialroi.engagement.EngagementReportService;
import io.socialroi.report.ReportQueries;
import io.socialroi.report.ReportService;
import io.socialroi.report.ValueRoiService;
import io.socialroi.savings.ServiceSavingsQueries;
import io.socialroi.savings.ServiceSavingsReports;
import io.socialroi.workspace.CurrentWorkspace;

/**
 * The services and queries the catalogue's definitions compute with: the same ones the GraphQL fields call, so a
 * metric is never computed a second way. Handed to each definition call, which keeps the definitions plain objects
 * that the GraphQL enums can hold. A {@code @Singleton} has no client proxy, so the definitions (same package) read
 * its fields directly; through a proxy they would read nulls.
 */
@Singleton
public class MetricSources {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    ChannelService channels;
    @Inject
    ReportService reports;
    @Inject
    ReportQueries reportQueries;
    @Inject
    ValueRoiService valueRoi;
    @Inject
    EngagementReportService engagement;
    @Inject
    EngagementQueries engagementQueries;
    @Inject
    EarnedMediaService earnedMedia;
    @Inject
    EarnedMediaQueries earnedMediaQueries;
    @Inject
    ServiceSavingsReports savings;
    @Inject
    ServiceSavingsQueries savingsQueries;

    /** The currency money metrics are reported in. */
    public String reportingCurrency() {
        return workspace.reportingCurrency();
    }
}
