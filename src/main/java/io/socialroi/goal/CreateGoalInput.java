package io.socialroi.goal;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.attribution.AttributionInput;
import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.Text;
import io.socialroi.tracking.ConversionType;

@Input("CreateGoalInput")
public class CreateGoalInput {
    static final String NAME_REQUIRED = "A goal needs a name.";
    static final int NAME_MAX = 200;

    @NonNull
    @Text(max = NAME_MAX, required = NAME_REQUIRED)
    public String name;
    @Id
    @Description("The campaign the goal is on; absent: a goal of the whole workspace.")
    public String campaignId;
    @NonNull
    @Description("A GoalMetric name (REVENUE, ROI, CONVERSIONS, …); an unknown one is a UNKNOWN_METRIC user error.")
    public String metric;
    @Description("CONVERSIONS only: count this type; absent counts every type.")
    public ConversionType conversionType;
    @NonNull
    @Description("≥ 0, except for ROI, NET_RETURN and NET_FOLLOWERS, which may be negative.")
    @NotNull(message = "A goal needs a target.")
    public DecimalScalar target;
    @Description("Default: the campaign's startDate, or today for a workspace goal.")
    public DateScalar startDate;
    @NonNull
    @Description("Inclusive; today or later, and not before startDate.")
    @NotNull(message = "A goal needs a deadline.")
    public DateScalar deadline;
    @Description("How attributed metrics are credited (default LAST_TOUCH, 30 days).")
    public AttributionInput attribution;
}
