package io.socialroi.cost;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("RecordCostPayload")
public record RecordCostPayload(CostEntry costEntry,
        @NonNull @Description("True when externalId was recorded before: costEntry is that earlier entry, unchanged.")
        boolean duplicate,
        @NonNull List<@NonNull UserError> userErrors) {
}
