package io.socialroi.imports.file;

/**
 * A problem at a line of the file (1-based; 0 for the file as a whole), with a code (MISSING_COLUMN, MISSING_VALUE,
 * INVALID_NUMBER, INVALID_DATE, INVALID_DATE_RANGE, INVALID_CURRENCY, AMBIGUOUS_LOCALE, UNKNOWN_FORMAT, TOO_LARGE,
 * TOO_MANY_ROWS, UNSUPPORTED_FORMAT, INVALID_ENCODING, MALFORMED_CSV, MISSING_CURRENCY, UNREADABLE_FILE) and an
 * English message that names the column and echoes at most 64 characters of the cell.
 *
 * @param column the column's label as the file's header writes it; null when the problem is not in one column
 */
public record LineError(int line, String column, String code, String message) {
}
