package io.socialroi.attribution;

import java.math.BigDecimal;
import java.util.List;

import io.socialroi.common.Echo;
import io.socialroi.common.BadArgumentException;
import io.socialroi.common.DecimalScalar;
import io.socialroi.tracking.ConversionType;

/**
 * Turns an {@link AttributionInput} argument into settings, or a BAD_ARGUMENT error naming the field; and the
 * conversion types a report counts into the list {@link ReportScope} holds.
 */
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

    /** The conversion types a report counts: null counts every type, [] no conversion at all. */
    public static List<ConversionType> conversionTypes(List<ConversionType> types) {
        return types == null ? null : List.copyOf(types);
    }

    private static BigDecimal weight(DecimalScalar value, String name) {
        if (value == null) {
            return AttributionSettings.DEFAULT_POSITION_WEIGHT;
        }
        return value.value().orElseThrow(() -> new BadArgumentException(
                "attribution." + name + " \"" + Echo.of(value) + "\" is not a decimal such as 0.4."));
    }
}
