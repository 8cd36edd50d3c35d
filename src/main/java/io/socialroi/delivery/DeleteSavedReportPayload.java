package io.socialroi.delivery;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("DeleteSavedReportPayload")
public record DeleteSavedReportPayload(@Id String deletedSavedReportId, @NonNull List<@NonNull UserError> userErrors) {
}
