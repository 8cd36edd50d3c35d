package io.socialroi.workspace;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("SetWorkspaceMemberInput")
public class SetWorkspaceMemberInput {
    @Description("The subject (sub claim) of the member's tokens.")
    public String subject;
    public Role role;
}
