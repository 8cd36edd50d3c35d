package io.socialroi.metric;

import java.math.BigDecimal;
import java.math.RoundingMode;

import io.socialroi.common.Currencies;

/**
 * What a metric is measured in. The unit decides how a value is rounded where it leaves the service and whether it
 * adds up over time (a goal projects an additive metric linearly and leaves a ratio as it is).
 */
public enum Unit {
    /** Money in the workspace's reporting currency, rounded half-even to its minor unit. */
    MONEY(true),
    /** Credited conversions: sums of fractional credits under multi-touch models, 2 decimals half-even. */
    CREDITED_COUNT(true),
    /** A whole count (impressions, clicks, followers). */
    COUNT(true),
    /** A percentage, computed to 2 decimals by its formula; null where its denominator is 0. */
    PERCENT(false),
    /** A plain ratio such as ROAS (revenue / ad spend), computed to 2 decimals by its formula. */
    RATIO(false);

    private final boolean additive;

    Unit(boolean additive) {
        this.additive = additive;
    }

    /** Whether values of two periods add up to the value of both (money, counts), unlike a percentage or ratio. */
    public boolean additive() {
        return additive;
    }

    /** The value as the API shows it; rounding a value already rounded changes nothing. */
    public BigDecimal round(BigDecimal value, String currency) {
        if (value == null) {
            return null;
        }
        return switch (this) {
            case MONEY -> Currencies.roundToMinorUnit(value, currency);
            case CREDITED_COUNT -> value.setScale(2, RoundingMode.HALF_EVEN);
            case COUNT, PERCENT, RATIO -> value;
        };
    }
}
