package io.socialroi.delivery;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Nullable;
import io.socialroi.attribution.AttributionInput;
import io.socialroi.attribution.AttributionModel;
import io.socialroi.common.Text;
import io.socialroi.metric.TimeSeriesMetric;
import io.socialroi.reporting.Granularity;
import io.socialroi.tracking.ConversionType;

@Input("SavedReportInput")
@Description("A saved report's whole definition. A setting the kind does not read is refused (INVALID_VALUE), so"
        + " nothing is saved that would silently do nothing.")
public class SavedReportInput {
    static final String NAME_REQUIRED = "A saved report needs a name.";

    @NonNull
    @Text(max = 200, required = NAME_REQUIRED)
    public String name;
    @NonNull
    public SavedReportKind kind;
    @NonNull
    public PeriodRuleInput period;
    @Description("Fields left out take the workspace's default attribution's when the report runs."
            + " ATTRIBUTION_COMPARISON and TOP_PATHS read only lookbackDays; FUNNEL and GOALS none.")
    public AttributionInput attribution;
    @Nullable
    @Description("Count only these conversion types; absent: every type.")
    public List<@NonNull ConversionType> conversionTypes;
    @Nullable
    @Description("ATTRIBUTION_COMPARISON: the models side by side (at least one).")
    public List<@NonNull AttributionModel> models;
    @Description("TIME_SERIES: the metric (required).")
    public TimeSeriesMetric metric;
    @Description("TIME_SERIES: the bucket size (required).")
    public Granularity granularity;
    @Id
    @Description("TIME_SERIES: only this campaign.")
    public String campaignId;
    @Id
    @Description("TIME_SERIES and FUNNEL: only this channel.")
    public String channelId;
}
