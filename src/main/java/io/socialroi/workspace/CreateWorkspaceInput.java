package io.socialroi.workspace;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("CreateWorkspaceInput")
public class CreateWorkspaceInput {
    @Description("2 to 64 lower-case letters, digits and hyphens; names the workspace in the X-Workspace header.")
    public String slug;
    public String name;
    @Description("ISO 4217 code; EUR when absent.")
    public String reportingCurrency;
}
