package io.socialroi.imports;

import java.util.List;

/**
 * What an import found and wrote beyond its counts: stored with it (import_run.result_json) and shown as the
 * Import's fields. errors holds the first {@value #MAX_ERRORS} line errors; errorCount counts them all.
 */
public record ImportResult(ImportTargets targets, List<ImportTotal> campaignTotals, List<ImportTotal> channelTotals,
        List<MatchedName> matched, List<UnmappedName> unmapped, List<ImportLineError> errors, int errorCount,
        int skipped) {

    public static final int MAX_ERRORS = 100;

    static ImportResult failed(List<ImportLineError> errors, int errorCount) {
        return new ImportResult(new ImportTargets(0, 0, 0, 0, 0, 0), List.of(), List.of(), List.of(), List.of(), errors,
                errorCount, 0);
    }
}
