package io.socialroi.cohort;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CustomerEdge")
public record CustomerEdge(@NonNull String cursor, @NonNull Customer node) {
}
