package io.socialroi.imports.file;

import java.util.Locale;

public record ReadOptions(ImportFormat format, Locale locale /* null: infer */, long maxBytes /* 50 MiB */,
        int maxRows /* 200_000 */, String defaultCurrency /* workspace reporting currency, used when a file names none */) {}
