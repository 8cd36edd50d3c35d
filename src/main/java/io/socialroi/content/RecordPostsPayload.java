package io.socialroi.content;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("RecordPostsPayload")
public record RecordPostsPayload(
        @NonNull @Description("Posts recorded for the first time.") int accepted,
        @NonNull @Description("Posts that replaced the same channel and externalId sent before.") int replaced,
        @NonNull List<@NonNull UserError> userErrors) {
}
