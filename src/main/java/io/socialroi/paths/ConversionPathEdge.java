package io.socialroi.paths;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ConversionPathEdge")
public record ConversionPathEdge(@NonNull String cursor, @NonNull ConversionPathRow node) {
}
