package io.socialroi.imports;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.PageInfo;

@Type("ImportConnection")
public record ImportConnection(@NonNull List<@NonNull ImportEdge> edges, @NonNull List<@NonNull Import> nodes,
        @NonNull PageInfo pageInfo, @NonNull @Description("Imports of the workspace, over all pages.") int totalCount) {
}
