package io.socialroi.goal;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DeleteGoalInput")
public class DeleteGoalInput {
    @NonNull
    @Id
    public String id;
}
