package io.socialroi.paths;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.PageInfo;

@Type("ConversionPathConnection")
public record ConversionPathConnection(@NonNull List<@NonNull ConversionPathEdge> edges,
        @NonNull List<@NonNull ConversionPathRow> nodes, @NonNull PageInfo pageInfo, @NonNull int totalCount) {
}
