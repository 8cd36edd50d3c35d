package io.socialroi.attribution;

import java.util.EnumSet;
import java.util.Set;

/**
 * Validated attribution parameters. Pure: no framework imports. Models that are not implemented yet
 * are refused here, so no report ever answers with a number computed by the wrong model.
 */
public record AttributionSettings(AttributionModel model, int lookbackDays) {

    public static final int DEFAULT_LOOKBACK_DAYS = 30;
    public static final Set<AttributionModel> IMPLEMENTED = EnumSet.of(AttributionModel.LAST_TOUCH);
    public static final AttributionSettings DEFAULT = new AttributionSettings(AttributionModel.LAST_TOUCH,
            DEFAULT_LOOKBACK_DAYS);

    public AttributionSettings {
        if (lookbackDays < 1 || lookbackDays > 365) {
            throw new IllegalArgumentException("lookbackDays must be between 1 and 365 (got " + lookbackDays + ").");
        }
        if (!IMPLEMENTED.contains(model)) {
            throw new ModelNotAvailableException(model);
        }
    }

    public static class ModelNotAvailableException extends IllegalArgumentException {
        public ModelNotAvailableException(AttributionModel model) {
            super("The " + model + " attribution model is not available yet; available: " + IMPLEMENTED + ".");
        }
    }
}
