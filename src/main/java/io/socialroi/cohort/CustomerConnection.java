package io.socialroi.cohort;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.PageInfo;

@Type("CustomerConnection")
public record CustomerConnection(@NonNull List<@NonNull CustomerEdge> edges, @NonNull List<@NonNull Customer> nodes,
        @NonNull PageInfo pageInfo, @NonNull @Description("Customers over all pages.") int totalCount) {
}
