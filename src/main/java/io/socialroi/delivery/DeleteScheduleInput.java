package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DeleteScheduleInput")
public class DeleteScheduleInput {
    @NonNull
    @Id
    public String id;
}
