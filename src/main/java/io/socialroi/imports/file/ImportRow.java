package io.socialroi.imports.file;

/** One data row of a file, typed by what it fills; {@link #line()} is its 1-based line in the file. */
public sealed interface ImportRow permits AdDayRow, CostSheetRow, DealRow, TouchpointRow, PostRow,
        AudienceRow {
    int line();
}
