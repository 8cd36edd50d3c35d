package io.socialroi.workspace;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.socialroi.common.Text;

@Input("CreateWorkspaceInput")
public class CreateWorkspaceInput {
    /** The message of a blank name, on creating and on renaming. */
    static final String NAME_REQUIRED = "A workspace needs a name.";

    @Description("2 to 64 lower-case letters, digits and hyphens; names the workspace in the X-Workspace header.")
    public String slug;
    @Text(max = 200, required = NAME_REQUIRED)
    public String name;
    @Description("ISO 4217 code; EUR when absent.")
    public String reportingCurrency;
}
