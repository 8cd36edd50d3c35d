package io.socialroi.imports;

import java.util.Locale;
import java.util.Map;

import io.socialroi.imports.file.ImportFormat;
import io.socialroi.tracking.ConversionType;

/**
 * The options of one upload: the format (AUTO: detected), whether to preview only, the number locale (null: inferred),
 * what to do with unmapped campaigns, Meta's platform (FACEBOOK or INSTAGRAM: which channel its rows go to), an
 * explicit channel (a Channel ID) for every row, and which deal stages other than closed-won count as which conversion.
 */
public record ImportRequest(ImportFormat format, boolean dryRun, Locale locale, OnUnmapped onUnmapped, String platform,
        String channelId, Map<String, ConversionType> stageMapping) {
}
