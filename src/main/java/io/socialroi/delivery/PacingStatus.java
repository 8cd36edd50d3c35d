package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("PacingStatus")
@Description("NO_BUDGET: no budget (or 0) recorded. NOT_STARTED: before startDate. OPEN_ENDED: no endDate, so no pro"
        + " rata and no projection. ON_PACE: projectedSpend within the budget. OVER_PACE: projectedSpend above it."
        + " ENDED: after endDate (projectedSpend is the final cost).")
public enum PacingStatus {
    NO_BUDGET,
    NOT_STARTED,
    OPEN_ENDED,
    ON_PACE,
    OVER_PACE,
    ENDED
}
