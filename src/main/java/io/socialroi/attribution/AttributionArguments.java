package io.socialroi.attribution;

import io.smallrye.graphql.api.ErrorCode;
import io.socialroi.common.BadArgumentException;

/** Turns an {@link AttributionInput} argument into settings, or an error the client can read. */
public final class AttributionArguments {

    private AttributionArguments() {
    }

    public static AttributionSettings settings(AttributionInput input) {
        if (input == null) {
            return AttributionSettings.DEFAULT;
        }
        AttributionModel model = input.model == null ? AttributionModel.LAST_TOUCH : input.model;
        int lookback = input.lookbackDays == null ? AttributionSettings.DEFAULT_LOOKBACK_DAYS : input.lookbackDays;
        if (input.halfLifeHours != null && (input.halfLifeHours < 1 || input.halfLifeHours > 2160)) {
            throw new BadArgumentException("attribution.halfLifeHours must be between 1 and 2160 (90 days), got "
                    + input.halfLifeHours + ".");
        }
        try {
            return new AttributionSettings(model, lookback);
        } catch (AttributionSettings.ModelNotAvailableException e) {
            throw new ModelNotAvailableError(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadArgumentException("attribution." + e.getMessage());
        }
    }

    /** A model of the enum that this version cannot compute yet: an error, never a wrong number. */
    @ErrorCode("MODEL_NOT_AVAILABLE")
    public static class ModelNotAvailableError extends RuntimeException {
        ModelNotAvailableError(String message) {
            super(message, null, false, false);
        }
    }
}
