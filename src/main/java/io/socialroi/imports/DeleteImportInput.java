package io.socialroi.imports;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DeleteImportInput")
public class DeleteImportInput {
    @NonNull
    @Id
    public String id;
}
