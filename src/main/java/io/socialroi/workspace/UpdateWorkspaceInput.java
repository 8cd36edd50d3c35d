package io.socialroi.workspace;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("UpdateWorkspaceInput")
public class UpdateWorkspaceInput {
    @Description("ISO 4217 code; reports are converted into it with the exchange rates in force on each amount's date.")
    public String reportingCurrency;
    public String name;
    @Description("IANA time zone id such as Europe/Berlin (INVALID_TIME_ZONE otherwise).")
    public String timeZone;
}
