package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("PacingAlert")
@Description("By the fully loaded cost to date against the budget: WARNING from the warning threshold (90 % by default),"
        + " EXCEEDED from the exceeded one (100 %), NONE below (social-roi.delivery.pacing.*).")
public enum PacingAlert {
    NONE,
    WARNING,
    EXCEEDED
}
