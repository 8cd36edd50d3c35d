package io.socialroi.sentiment;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("RecordSentimentPayload")
public record RecordSentimentPayload(
        @NonNull @Description("Days recorded for the first time.") int accepted,
        @NonNull @Description("Days that replaced the same channel and date sent before.") int replaced,
        @NonNull List<@NonNull UserError> userErrors) {
}
