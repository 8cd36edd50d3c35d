package io.socialroi.common;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
@GuardedResolver
public class NodeGraphQLApi {

    private final Map<String, NodeResolver> resolvers = new HashMap<>();

    @Inject
    NodeGraphQLApi(@Any Instance<NodeResolver> all) {
        for (NodeResolver resolver : all) {
            for (String type : resolver.types()) {
                NodeResolver previous = resolvers.put(type, resolver);
                if (previous != null) {
                    throw new IllegalStateException("Two node resolvers for " + type + ": " + previous + ", " + resolver);
                }
            }
        }
    }

    @Query("node")
    @Description("Any object by its global ID; null when it does not exist or is not yours.")
    public Node node(@NonNull @Id @Name("id") String id) {
        return GlobalId.decode(id)
                .map(decoded -> {
                    NodeResolver resolver = resolvers.get(decoded.type());
                    return resolver == null ? null : resolver.resolve(decoded.type(), decoded.id());
                })
                .orElse(null);
    }
}
