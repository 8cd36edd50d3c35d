package io.socialroi.tracking;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("UpdateConversionPayload")
public record UpdateConversionPayload(Conversion conversion, @NonNull List<@NonNull UserError> userErrors) {
}
