package io.socialroi.common;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

@Interface("Node")
@Description("An object with a global ID that node(id:) resolves.")
public interface Node {
    @Id
    @NonNull
    String getId();
}
