package io.socialroi.attribution;

/** The attribution models of docs/attribution.md. */
public enum AttributionModel {
    FIRST_TOUCH, LAST_TOUCH, LINEAR, TIME_DECAY, POSITION_BASED, W_SHAPED, FULL_PATH, DATA_DRIVEN
}
