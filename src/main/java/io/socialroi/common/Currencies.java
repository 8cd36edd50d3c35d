package io.socialroi.common;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** ISO 4217 codes and minor units. Pure: no framework imports. */
public final class Currencies {

    private Currencies() {
    }

    /**
     * The upper-cased code when it names an ISO 4217 currency that has a minor unit (so "XXX" or
     * "XAU", which are not money anyone spends on marketing, are refused).
     */
    public static Optional<String> normalize(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z]{3}")) {
            return Optional.empty();
        }
        try {
            Currency currency = Currency.getInstance(upper);
            return currency.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(upper);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The normalized code, or null after adding INVALID_CURRENCY at {@code field}. */
    public static String check(String code, InputErrors errors, String... field) {
        return normalize(code).orElseGet(() -> {
            errors.add(UserErrorCode.INVALID_CURRENCY,
                    "\"" + Echo.of(code) + "\" is not an ISO 4217 currency code (such as EUR, USD, IDR).", field);
            return null;
        });
    }

    public static int minorUnits(String code) {
        return Currency.getInstance(code).getDefaultFractionDigits();
    }

    /** Rounds to the currency's minor unit, half-even: the only place money is rounded (the API edge). */
    public static BigDecimal roundToMinorUnit(BigDecimal amount, String code) {
        return amount.setScale(minorUnits(code), RoundingMode.HALF_EVEN);
    }
}
