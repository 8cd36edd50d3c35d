package io.socialroi.earned;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DateScalar;
import io.socialroi.money.Money;

@Type("KeywordCpc")
@Description("A keyword's cost per click as recorded, in force from validFrom to validTo (inclusive; null: open-ended).")
public record KeywordCpc(@NonNull String keyword, @NonNull Money cpc, @NonNull DateScalar validFrom, DateScalar validTo) {
}
