package io.socialroi.erasure;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("ErasePersonPayload")
public record ErasePersonPayload(@NonNull @Description("Touchpoints removed.") int touchpoints,
        @NonNull @Description("Conversions removed (their attribution credits with them).") int conversions,
        @NonNull @Description("Customer records removed (0 or 1).") int customers,
        @Description("What the audit entry keeps of the person key: a keyed hash (HMAC-SHA-256, hex).") String personKeyHash,
        @NonNull List<@NonNull UserError> userErrors) {
}
