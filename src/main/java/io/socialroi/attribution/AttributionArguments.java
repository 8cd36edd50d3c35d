package io.socialroi.attribution;

import java.math.BigDecimal;

import io.socialroi.common.Echo;
import io.socialroi.common.BadArgumentException;
import io.socialroi.common.DecimalScalar;

/** Turns an {@link AttributionInput} argument into settings, or a BAD_ARGUMENT error naming the field. */
public final class AttributionArguments {

    private AttributionArguments() {
    }

    public static AttributionSettings settings(AttributionInput input) {
        if (input == null) {
            return AttributionSettings.DEFAULT;
        }
        AttributionModel model = input.model == null ? AttributionModel.LAST_TOUCH : input.model;
        int lookback = input.lookbackDays == null ? AttributionSettings.DEFAULT_LOOKBACK_DAYS : input.lookbackDays;
        int halfLife = input.halfLifeHours == null ? AttributionSettings.DEFAULT_HALF_LIFE_HOURS : input.halfLifeHours;
        BigDecimal first = weight(input.firstWeight, "firstWeight");
        BigDecimal last = weight(input.lastWeight, "lastWeight");
        try {
            return new AttributionSettings(model, lookback, halfLife, first, last);
        } catch (IllegalArgumentException e) {
            throw new BadArgumentException("attribution." + e.getMessage());
        }
    }

    private static BigDecimal weight(DecimalScalar value, String name) {
        if (value == null) {
            return AttributionSettings.DEFAULT_POSITION_WEIGHT;
        }
        return value.value().orElseThrow(() -> new BadArgumentException(
                "attribution." + name + " \"" + Echo.of(value) + "\" is not a decimal such as 0.4."));
    }
}
