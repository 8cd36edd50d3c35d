package io.socialroi.delivery;

import java.util.List;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("AcknowledgeAnomalyAlertPayload")
public record AcknowledgeAnomalyAlertPayload(@Id String acknowledgedAlertId, @NonNull List<@NonNull UserError> userErrors) {
}
