package io.socialroi.delivery;

import java.time.DayOfWeek;

import org.eclipse.microprofile.graphql.Enum;

/** java.time.DayOfWeek as a GraphQL enum (SmallRye maps no JDK enum). */
@Enum("DayOfWeek")
public enum Weekday {
    MONDAY,
    TUESDAY,
    WEDNESDAY,
    THURSDAY,
    FRIDAY,
    SATURDAY,
    SUNDAY;

    DayOfWeek toDayOfWeek() {
        return DayOfWeek.valueOf(name());
    }

    static Weekday of(DayOfWeek day) {
        return day == null ? null : valueOf(day.name());
    }
}
