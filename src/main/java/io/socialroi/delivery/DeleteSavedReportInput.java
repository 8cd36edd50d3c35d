package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DeleteSavedReportInput")
public class DeleteSavedReportInput {
    @NonNull
    @Id
    public String id;
}
