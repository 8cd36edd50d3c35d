package io.socialroi.money;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("SetExchangeRatePayload")
public record SetExchangeRatePayload(ExchangeRate exchangeRate, @NonNull List<@NonNull UserError> userErrors) {
}
