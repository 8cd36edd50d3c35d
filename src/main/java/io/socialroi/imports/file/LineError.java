package io.socialroi.imports.file;

/** A problem at a line (1-based, of the file), with a code (e.g. MISSING_COLUMN, INVALID_NUMBER, INVALID_DATE,
 *  AMBIGUOUS_LOCALE, UNKNOWN_FORMAT, TOO_LARGE, TOO_MANY_ROWS, UNSUPPORTED_FORMAT, INVALID_ENCODING) and an English
 *  message that names the column and echoes at most 64 characters of the cell. line 0: the file as a whole. */
public record LineError(int line, String column, String code, String message) {}
