package io.socialroi.value;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.money.Money;
import io.socialroi.tracking.ConversionType;

@Type("ActionValue")
@Description("What one action is worth: a conversion of a type, or one engagement of a kind (exactly one is set).")
public record ActionValue(ConversionType conversionType, EngagementKind engagementKind, @NonNull Money value) {
}
