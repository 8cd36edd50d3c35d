package io.socialroi.tracking;

import io.socialroi.common.GuardedResolver;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@GuardedResolver
public class ConversionGraphQLApi {

    @Inject
    ConversionQueryService service;

    @Query("conversions")
    @Description("Recorded conversions in the order they were recorded, 20 per page by default, at most 100.")
    public @NonNull ConversionConnection conversions(@Name("first") Integer first, @Name("after") String after,
            @Name("filter") ConversionFilter filter) {
        return service.page(first, after, filter);
    }
}
