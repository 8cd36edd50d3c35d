package io.socialroi.imports;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("RemovePlatformCampaignMappingPayload")
public record RemovePlatformCampaignMappingPayload(@Id String removedMappingId,
        @NonNull List<@NonNull UserError> userErrors) {
}
