package io.socialroi.attribution;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("SetDefaultAttributionPayload")
public record SetDefaultAttributionPayload(
        @Description("The workspace's default setting now; null on userErrors.") AttributionSetting defaultAttribution,
        @NonNull List<@NonNull UserError> userErrors) {
}
