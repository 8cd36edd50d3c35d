package io.socialroi.imports;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("SetPlatformCampaignMappingPayload")
public record SetPlatformCampaignMappingPayload(PlatformCampaignMapping mapping,
        @NonNull List<@NonNull UserError> userErrors) {
}
