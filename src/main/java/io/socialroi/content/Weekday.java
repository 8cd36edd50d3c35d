package io.socialroi.content;

/** A day of the week, Monday first (ISO 8601). */
public enum Weekday {
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY
}
