package io.socialroi.goal;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;

@Input("UpdateGoalInput")
public class UpdateGoalInput {
    @NonNull
    @Id
    public String id;
    public String name;
    public DecimalScalar target;
    public DateScalar deadline;
}
