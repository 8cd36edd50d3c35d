package io.socialroi.content;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.GuardedResolver;
import io.socialroi.common.InvalidInputException;
import io.socialroi.common.Upserts;

@GraphQLApi
@GuardedResolver
public class PostGraphQLApi {

    @Inject
    PostService service;

    @Mutation("recordPosts")
    @Description("Records posts with their lifetime metrics, up to 5,000 at once, all or none. A post sent again (same"
            + " channel and externalId) replaces its metrics; campaignId, tags, url and utmContent left out keep what"
            + " was recorded. The channel's touchpoints whose utm_content is the post's key belong to the post.")
    public @NonNull RecordPostsPayload recordPosts(@NonNull @Name("input") List<@NonNull PostInput> input) {
        try {
            Upserts recorded = service.record(input);
            return new RecordPostsPayload(recorded.accepted(), recorded.replaced(), List.of());
        } catch (InvalidInputException e) {
            return new RecordPostsPayload(0, 0, e.errors());
        }
    }
}
