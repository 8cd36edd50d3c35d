package io.socialroi.delivery;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("UpdateSchedulePayload")
public record UpdateSchedulePayload(Schedule schedule, @NonNull List<@NonNull UserError> userErrors) {
}
