package io.socialroi.earned;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("SetKeywordCpcPayload")
public record SetKeywordCpcPayload(
        @NonNull @Description("Prices recorded for the first time.") int accepted,
        @NonNull @Description("Prices that replaced the one of the same keyword and validFrom.") int replaced,
        @NonNull List<@NonNull UserError> userErrors) {
}
