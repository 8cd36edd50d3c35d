package io.socialroi.report;

import java.util.List;

import io.socialroi.attribution.AttributionArguments;
import io.socialroi.tracking.ConversionType;

/** Turns report arguments into validated values, or a BadArgumentException the client can read. */
public final class ReportArguments {

    private ReportArguments() {
    }

    static List<ConversionType> types(List<ConversionType> types) {
        return AttributionArguments.conversionTypes(types);
    }
}
