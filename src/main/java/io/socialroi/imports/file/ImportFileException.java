package io.socialroi.imports.file;

/** The file cannot be read at all: the error says why (line 0: the file as a whole). */
public class ImportFileException extends RuntimeException {

    private final LineError error;

    public ImportFileException(LineError error) {
        super(error.message());
        this.error = error;
    }

    public LineError error() {
        return error;
    }
}
