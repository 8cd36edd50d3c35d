package io.socialroi.imports;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ImportEdge")
public record ImportEdge(@NonNull String cursor, @NonNull Import node) {
}
