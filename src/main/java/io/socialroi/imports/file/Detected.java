package io.socialroi.imports.file;

import java.util.Locale;

public record Detected(ImportFormat format, String encoding /* "UTF-8", "UTF-16LE"... */, char delimiter,
        Locale locale /* null when no number needed one */, String currency /* null if per-row */, int headerLine /* 1-based */) {}
