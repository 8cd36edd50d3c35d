package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UpdateScheduleInput")
@Description("Replaces a schedule's settings (validated as on creation); its next due time is computed anew.")
public class UpdateScheduleInput {
    @NonNull
    @Id
    public String id;
    @NonNull
    public ScheduleInput schedule;
}
