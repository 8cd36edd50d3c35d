package io.socialroi.workspace;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.socialroi.common.Text;

@Input("SetWorkspaceMemberInput")
public class SetWorkspaceMemberInput {
    @Description("The subject (sub claim) of the member's tokens.")
    @Text(max = 200, required = "A member needs a subject.")
    public String subject;
    // no @NotNull: SmallRye GraphQL would print it as Role! and refuse a null before the service names it
    public Role role;
}
