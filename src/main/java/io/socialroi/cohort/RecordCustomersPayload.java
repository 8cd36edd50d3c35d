package io.socialroi.cohort;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("RecordCustomersPayload")
public record RecordCustomersPayload(
        @NonNull @Description("Customers recorded for the first time.") int accepted,
        @NonNull @Description("Customers whose personKey was recorded before: replaced.") int replaced,
        @NonNull List<@NonNull UserError> userErrors) {
}
