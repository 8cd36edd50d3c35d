package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdateSavedReportInput")
@Description("Replaces a saved report's definition with report (validated as on creation); its schedules stay.")
public class UpdateSavedReportInput {
    @NonNull
    @Id
    public String id;
    @NonNull
    public SavedReportInput report;
}
