package io.socialroi.money;

import java.math.BigDecimal;

import io.socialroi.common.Currencies;
import io.socialroi.common.Echo;
import io.socialroi.common.InputErrors;
import io.socialroi.common.UserErrorCode;

/** Validation of money and currency inputs, shared by every feature that records amounts. */
public final class MoneyInputs {

    private MoneyInputs() {
    }

    /** An exact non-negative amount in a valid currency, or null after adding the errors at {@code errors}. */
    public static ValidMoney validate(MoneyInput input, InputErrors errors) {
        if (input == null) {
            return null;
        }
        String currency = Currencies.check(input.currencyCode, errors, "currencyCode");
        BigDecimal amount = nonNegative(input.amount == null ? null : input.amount.text(), errors, "amount");
        return currency == null || amount == null ? null : new ValidMoney(amount, currency);
    }

    public static BigDecimal decimal(String text, InputErrors errors, String... field) {
        var value = new io.socialroi.common.DecimalScalar(text).value();
        if (value.isEmpty()) {
            String shown = text == null ? "" : Echo.of(text);
            errors.add(UserErrorCode.INVALID_DECIMAL, "\"" + shown + "\" is not a decimal number such as \"1234.50\""
                    + " (at most 18 digits before the point and 12 after).", field);
            return null;
        }
        return value.get();
    }

    public static BigDecimal nonNegative(String text, InputErrors errors, String... field) {
        BigDecimal value = decimal(text, errors, field);
        if (value != null && value.signum() < 0) {
            errors.add(UserErrorCode.NEGATIVE_AMOUNT, "Must not be negative (got " + Echo.of(text) + ").", field);
            return null;
        }
        return value;
    }

    public record ValidMoney(BigDecimal amount, String currency) {
    }
}
