package io.socialroi.report;

import java.util.List;

import io.socialroi.attribution.AttributionArguments;
import io.socialroi.attribution.AttributionInput;
import io.socialroi.attribution.AttributionSettings;
import io.socialroi.tracking.ConversionType;

/** Turns report arguments into validated values, or a BadArgumentException the client can read. */
public final class ReportArguments {

    private ReportArguments() {
    }

    static AttributionSettings attribution(AttributionInput input) {
        return AttributionArguments.settings(input);
    }

    static List<ConversionType> types(List<ConversionType> types) {
        return AttributionArguments.conversionTypes(types);
    }
}
