package io.socialroi.tracking;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ConversionEdge")
public record ConversionEdge(@NonNull String cursor, @NonNull Conversion node) {
}
