package io.socialroi.report;

import java.time.LocalDate;
import java.util.List;

import io.socialroi.common.Echo;
import io.socialroi.attribution.AttributionInput;
import io.socialroi.attribution.AttributionArguments;
import io.socialroi.attribution.AttributionSettings;
import io.socialroi.common.BadArgumentException;
import io.socialroi.tracking.ConversionType;

/** Turns report arguments into validated values, or a BadArgumentException the client can read. */
public final class ReportArguments {

    private ReportArguments() {
    }

    /** Public: the reports of other packages (savings, earned media, cohort lift) read periods the same way. */
    public static Period period(DateRangeInput input) {
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

    private static LocalDate date(io.socialroi.common.DateScalar value, String name) {
        if (value == null) {
            throw new BadArgumentException(name + " is required.");
        }
        return value.value().orElseThrow(
                () -> new BadArgumentException(name + " \"" + Echo.of(value) + "\" is not a date such as 2026-03-31."));
    }

    static AttributionSettings attribution(AttributionInput input) {
        return AttributionArguments.settings(input);
    }

    static List<ConversionType> types(List<ConversionType> types) {
        return types == null ? null : List.copyOf(types); // [] counts no conversion at all
    }
}
