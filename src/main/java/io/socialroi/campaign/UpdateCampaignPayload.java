package io.socialroi.campaign;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("UpdateCampaignPayload")
public record UpdateCampaignPayload(Campaign campaign, @NonNull List<@NonNull UserError> userErrors) {
}
