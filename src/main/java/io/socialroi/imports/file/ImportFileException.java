package io.socialroi.imports.file;

/** A file that cannot be read at all: unknown format, too large, ambiguous locale, unsupported, unreadable. */
public class ImportFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient LineError error;

    public ImportFileException(LineError error) {
        super(error.code() + ": " + error.message(), null, false, false);
        this.error = error;
    }

    public LineError error() {
        return error;
    }
}
