package io.socialroi.imports.file;

public interface RowSink { void row(ImportRow row); void error(LineError error); }
