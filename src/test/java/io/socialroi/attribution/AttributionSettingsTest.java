package io.socialroi.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttributionSettingsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 30, 365})
    void acceptsLookbackFromOneTo365(int days) {
        AttributionSettings s = new AttributionSettings(AttributionModel.LAST_TOUCH, days);
        assertEquals(days, s.lookbackDays());
        assertEquals(AttributionModel.LAST_TOUCH, s.model());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 366, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void rejectsLookbackOutsideOneTo365(int days) {
        IllegalArgumentException e = assertThrowsExactly(IllegalArgumentException.class,
                () -> new AttributionSettings(AttributionModel.LAST_TOUCH, days));
        assertEquals("lookbackDays must be between 1 and 365 (got " + days + ").", e.getMessage());
    }

    @ParameterizedTest
    @EnumSource(value = AttributionModel.class, names = "LAST_TOUCH", mode = EnumSource.Mode.EXCLUDE)
    void refusesModelsNotImplemented(AttributionModel model) {
        AttributionSettings.ModelNotAvailableException e = assertThrowsExactly(
                AttributionSettings.ModelNotAvailableException.class, () -> new AttributionSettings(model, 30));
        assertEquals("The " + model + " attribution model is not available yet; available: [LAST_TOUCH].",
                e.getMessage());
    }

    @Test
    void badLookbackIsReportedBeforeBadModel() {
        assertThrowsExactly(IllegalArgumentException.class, () -> new AttributionSettings(AttributionModel.LINEAR, 0));
    }

    @Test
    void defaultIsLastTouchOverThirtyDays() {
        assertEquals(new AttributionSettings(AttributionModel.LAST_TOUCH, 30), AttributionSettings.DEFAULT);
        assertEquals(30, AttributionSettings.DEFAULT_LOOKBACK_DAYS);
        assertEquals(Set.of(AttributionModel.LAST_TOUCH), AttributionSettings.IMPLEMENTED);
    }
}
