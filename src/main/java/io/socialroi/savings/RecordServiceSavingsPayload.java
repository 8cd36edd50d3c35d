package io.socialroi.savings;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("RecordServiceSavingsPayload")
public record RecordServiceSavingsPayload(
        @NonNull @Description("Periods recorded for the first time.") int accepted,
        @NonNull @Description("Periods that replaced the same channel, campaign and period sent before.") int replaced,
        @NonNull List<@NonNull UserError> userErrors) {
}
