package io.socialroi.metric;

import java.math.BigDecimal;

import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;

/** A metric's value, or null with the reason it is undefined (a percentage without its denominator). */
public record MetricValue(BigDecimal value, String undefinedReason) {

    public static final MetricValue ZERO = of(BigDecimal.ZERO);

    public static MetricValue of(BigDecimal value) {
        return new MetricValue(value, null);
    }

    public static MetricValue of(long count) {
        return of(BigDecimal.valueOf(count));
    }

    /** A value that may be undefined: null with {@code reasonWhenNull}. */
    public static MetricValue of(BigDecimal value, String reasonWhenNull) {
        return new MetricValue(value, value == null ? reasonWhenNull : null);
    }

    /** A figure as a field serves it; null with {@code reasonWhenNull}. */
    public static MetricValue of(DecimalScalar value, String reasonWhenNull) {
        return of(value == null ? null : value.value().orElseThrow(), reasonWhenNull);
    }

    public static MetricValue of(Money money) {
        return of(money.amount().value().orElseThrow());
    }

    /** This value as the API shows it in {@code unit}. */
    public MetricValue rounded(Unit unit, String currency) {
        return new MetricValue(unit.round(value, currency), undefinedReason);
    }
}
