package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Frequency")
@Description("DAILY at localTime; WEEKLY on dayOfWeek; MONTHLY on dayOfMonth (clipped to the month's last day) or,"
        + " with dayOfWeek instead, on the month's first such weekday.")
public enum Frequency {
    DAILY,
    WEEKLY,
    MONTHLY
}
