package io.socialroi.goal;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a goal stands on a day (see GoalProgress.status for the rules).")
public enum GoalStatus {
    @Description("On course to reach the target by the deadline.")
    ON_TRACK,
    @Description("Not on course: the projection (or the current ratio) is below the target, or the value is undefined.")
    AT_RISK,
    @Description("The target is reached (a ratio: reached when the deadline has passed).")
    MET,
    @Description("The deadline has passed without reaching the target.")
    MISSED
}
