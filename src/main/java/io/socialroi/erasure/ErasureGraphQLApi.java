package io.socialroi.erasure;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.GuardedResolver;
import io.socialroi.common.InvalidInputException;
import io.socialroi.workspace.RequiresRole;
import io.socialroi.workspace.Role;

@GraphQLApi
@GuardedResolver
public class ErasureGraphQLApi {

    @Inject
    ErasureService service;

    @Mutation("erasePerson")
    @RequiresRole(Role.ADMIN)
    @Description("Erases a person from the workspace (ADMIN; a data-subject erasure request): every touchpoint, "
            + "conversion and customer record with this personKey, in one transaction, with the counts removed. An "
            + "audit entry keeps only a keyed hash of the key. A key with no rows answers zeros and is audited too.")
    public @NonNull ErasePersonPayload erasePerson(@NonNull @Name("personKey") String personKey) {
        try {
            ErasureService.Erased erased = service.erase(personKey);
            return new ErasePersonPayload(erased.touchpoints(), erased.conversions(), erased.customers(),
                    erased.personKeyHash(), List.of());
        } catch (InvalidInputException e) {
            return new ErasePersonPayload(0, 0, 0, null, e.errors());
        }
    }
}
