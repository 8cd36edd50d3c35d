package io.socialroi.workspace;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Role")
@Description("What a member may do in a workspace; each role includes the ones before it.")
public enum Role {
    @Description("reads every figure and report")
    VIEWER,
    @Description("also records data: channels, campaigns, costs, touchpoints, conversions")
    ANALYST,
    @Description("also changes settings, exchange rates and members")
    ADMIN;

    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }
}
