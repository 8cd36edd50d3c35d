package io.socialroi.attribution;

import java.math.BigDecimal;

/**
 * Validated attribution parameters (docs/attribution.md). Pure: no framework imports.
 *
 * @param halfLifeHours TIME_DECAY: a touch's weight halves every {@code halfLifeHours} (1 hour to 90 days)
 * @param firstWeight   POSITION_BASED: share of the first touch (U-shaped 0.4, J-shaped 0.2, inverse J 0.6)
 * @param lastWeight    POSITION_BASED: share of the last touch
 */
public record AttributionSettings(AttributionModel model, int lookbackDays, int halfLifeHours, BigDecimal firstWeight,
        BigDecimal lastWeight) {

    public static final int DEFAULT_LOOKBACK_DAYS = 30;
    public static final int DEFAULT_HALF_LIFE_HOURS = 7 * 24;
    public static final int MAX_HALF_LIFE_HOURS = 90 * 24;
    public static final BigDecimal DEFAULT_POSITION_WEIGHT = new BigDecimal("0.4");
    public static final AttributionSettings DEFAULT = new AttributionSettings(AttributionModel.LAST_TOUCH,
            DEFAULT_LOOKBACK_DAYS);

    public AttributionSettings {
        if (model == null) {
            throw new IllegalArgumentException("model is required.");
        }
        if (lookbackDays < 1 || lookbackDays > 365) {
            throw new IllegalArgumentException("lookbackDays must be between 1 and 365 (got " + lookbackDays + ").");
        }
        if (halfLifeHours < 1 || halfLifeHours > MAX_HALF_LIFE_HOURS) {
            throw new IllegalArgumentException("halfLifeHours must be between 1 and " + MAX_HALF_LIFE_HOURS
                    + " (got " + halfLifeHours + ").");
        }
        if (firstWeight == null || lastWeight == null || firstWeight.signum() < 0 || lastWeight.signum() < 0
                || firstWeight.add(lastWeight).compareTo(BigDecimal.ONE) > 0 || firstWeight.add(lastWeight).signum() == 0) {
            throw new IllegalArgumentException("firstWeight and lastWeight must be at least 0, and together more than 0"
                    + " and at most 1 (got " + firstWeight + " and " + lastWeight + ").");
        }
    }

    /** The model with default parameters: half-life 7 days, positions 0.4 / 0.4. */
    public AttributionSettings(AttributionModel model, int lookbackDays) {
        this(model, lookbackDays, DEFAULT_HALF_LIFE_HOURS, DEFAULT_POSITION_WEIGHT, DEFAULT_POSITION_WEIGHT);
    }

    public AttributionSettings withModel(AttributionModel other) {
        return new AttributionSettings(other, lookbackDays, halfLifeHours, firstWeight, lastWeight);
    }
}
