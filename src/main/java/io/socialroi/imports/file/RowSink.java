package io.socialroi.imports.file;

/** Where {@link ImportFileReader#read} sends the rows and the problems, in file order. */
public interface RowSink {
    void row(ImportRow row);

    void error(LineError error);
}
