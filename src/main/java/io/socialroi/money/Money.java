package io.socialroi.money;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.Currencies;
import io.socialroi.common.DecimalScalar;

@Type("Money")
@Description("An amount of money: exact decimal amount and ISO 4217 currency code.")
public record Money(@NonNull DecimalScalar amount, @NonNull String currencyCode) {

    /** The amount as the API returns it: rounded half-even to the currency's minor unit. */
    public static Money of(BigDecimal exactAmount, String currencyCode) {
        return new Money(DecimalScalar.of(Currencies.roundToMinorUnit(exactAmount, currencyCode)), currencyCode);
    }

    /** An amount as it was recorded, not rounded (a recorded 12.3456 USD stays 12.3456). */
    public static Money recorded(BigDecimal amount, String currencyCode) {
        return amount == null ? null : new Money(DecimalScalar.of(amount), currencyCode);
    }
}
