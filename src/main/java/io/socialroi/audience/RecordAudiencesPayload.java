package io.socialroi.audience;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("RecordAudiencesPayload")
public record RecordAudiencesPayload(
        @NonNull @Description("Snapshots (channel, date) recorded for the first time.") int accepted,
        @NonNull @Description("Snapshots that replaced dimensions of the same channel and date sent before.") int replaced,
        @NonNull List<@NonNull UserError> userErrors) {
}
