package io.socialroi.earned;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("RecordOrganicClicksPayload")
public record RecordOrganicClicksPayload(
        @NonNull @Description("Days recorded for the first time.") int accepted,
        @NonNull @Description("Days that replaced the same keyword, channel, campaign and date sent before.") int replaced,
        @NonNull List<@NonNull UserError> userErrors) {
}
