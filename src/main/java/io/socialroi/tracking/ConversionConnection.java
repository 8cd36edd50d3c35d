package io.socialroi.tracking;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.PageInfo;

@Type("ConversionConnection")
public record ConversionConnection(@NonNull List<@NonNull ConversionEdge> edges,
        @NonNull List<@NonNull Conversion> nodes, @NonNull PageInfo pageInfo, @NonNull int totalCount) {
}
