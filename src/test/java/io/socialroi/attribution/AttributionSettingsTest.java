package io.socialroi.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrowsExactly;

import java.math.BigDecimal;

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
    @EnumSource(AttributionModel.class)
    void everyModelIsAvailableWithDefaults(AttributionModel model) {
        AttributionSettings s = new AttributionSettings(model, 30);
        assertEquals(model, s.model());
        assertEquals(168, s.halfLifeHours());
        assertEquals(new BigDecimal("0.4"), s.firstWeight());
        assertEquals(new BigDecimal("0.4"), s.lastWeight());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 2161})
    void rejectsHalfLifeOutsideOneHourToNinetyDays(int hours) {
        IllegalArgumentException e = assertThrowsExactly(IllegalArgumentException.class,
                () -> new AttributionSettings(AttributionModel.TIME_DECAY, 30, hours, new BigDecimal("0.4"), new BigDecimal("0.4")));
        assertEquals("halfLifeHours must be between 1 and 2160 (got " + hours + ").", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.1:0.4", "0.4:-0.1", "0.7:0.4", "0:0"})
    void rejectsPositionWeightsThatAreNegativeOrDoNotFitInOne(String weights) {
        String[] fl = weights.split(":");
        assertThrowsExactly(IllegalArgumentException.class, () -> new AttributionSettings(AttributionModel.POSITION_BASED,
                30, 168, new BigDecimal(fl[0]), new BigDecimal(fl[1])));
    }

    @Test
    void acceptsJShapedAndWeightsSummingToOne() {
        assertEquals(new BigDecimal("0.6"), new AttributionSettings(AttributionModel.POSITION_BASED, 30, 168,
                new BigDecimal("0.2"), new BigDecimal("0.6")).lastWeight());
        assertEquals(new BigDecimal("0.5"), new AttributionSettings(AttributionModel.POSITION_BASED, 30, 168,
                new BigDecimal("0.5"), new BigDecimal("0.5")).firstWeight());
    }

    @Test
    void defaultIsLastTouchOverThirtyDays() {
        assertEquals(new AttributionSettings(AttributionModel.LAST_TOUCH, 30), AttributionSettings.DEFAULT);
        assertEquals(30, AttributionSettings.DEFAULT_LOOKBACK_DAYS);
    }
}
