package io.socialroi.common;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
public record PageInfo(@NonNull boolean hasNextPage, @NonNull boolean hasPreviousPage, String startCursor,
        String endCursor) {
}
