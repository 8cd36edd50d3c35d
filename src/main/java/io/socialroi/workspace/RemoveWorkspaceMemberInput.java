package io.socialroi.workspace;

import org.eclipse.microprofile.graphql.Input;

@Input("RemoveWorkspaceMemberInput")
public class RemoveWorkspaceMemberInput {
    public String subject;
}
