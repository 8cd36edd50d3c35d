package io.socialroi.goal;

import org.eclipse.microprofile.graphql.Description;

@Description("How a goal's metric behaves over time, which decides how progress is projected.")
public enum GoalMetricKind {
    @Description("A sum that grows over the period (revenue, conversions, impressions): projected linearly to the deadline.")
    CUMULATIVE,
    @Description("A ratio (ROI, ROAS, rates): not extrapolated; the current value is the projection.")
    RATIO
}
