package io.socialroi.reporting;

import java.time.LocalDate;

import io.socialroi.common.BadArgumentException;
import io.socialroi.common.DateScalar;
import io.socialroi.common.DateInputs;
import io.socialroi.common.InputConstraints;

/** Reads a report's period argument the same way for every report, or a BadArgumentException the client can read. */
public final class Periods {

    private Periods() {
    }

    /** The period asked for; all time when absent. */
    public static Period of(DateRangeInput input) {
        if (input == null) {
            return Period.ALL_TIME;
        }
        LocalDate from = date(input.from, "period.from");
        LocalDate to = date(input.to, "period.to");
        if (to.isBefore(from)) {
            throw new BadArgumentException("period.to (" + to + ") is before period.from (" + from + ").");
        }
        return new Period(from, to);
    }

    private static LocalDate date(DateScalar value, String name) {
        if (value == null) {
            throw new BadArgumentException(InputConstraints.required(name));
        }
        return value.value().orElseThrow(
                () -> new BadArgumentException(name + " " + DateInputs.notADate(value)));
    }
}
