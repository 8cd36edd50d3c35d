package io.socialroi.imports;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DateTimeScalar;
import io.socialroi.common.GlobalId;
import io.socialroi.common.Node;
import io.socialroi.imports.file.ImportFormat;

@Type("Import")
@Description("One uploaded file (POST /imports): what was detected, what it wrote or, for a dry run, would write.")
public record Import(@NonNull @Id String id, @NonNull ImportStatus status, @NonNull String fileName,
        @NonNull @Description("Bytes.") int size, ImportFormat format, @NonNull ImportSettings settings,
        @NonNull ImportCounts counts, @NonNull ImportTargets targets,
        @NonNull @Description("Costs per campaign, in the file's currencies.") List<@NonNull ImportTotal> campaignTotals,
        @NonNull @Description("Costs per channel, in the file's currencies.") List<@NonNull ImportTotal> channelTotals,
        @NonNull List<@NonNull MatchedName> matched, @NonNull List<@NonNull UnmappedName> unmapped,
        @NonNull @Description("The first 100 line errors.") List<@NonNull ImportLineError> errors,
        @NonNull @Description("Every line error, also those beyond the first 100.") int errorCount,
        @Description("Who sent the file (the token's subject); shown to ADMINs only, null for VIEWER and ANALYST.")
        String createdBy,
        @NonNull DateTimeScalar createdAt) implements Node {

    public static final String TYPE = "Import";

    public static String globalId(long id) {
        return GlobalId.encode(TYPE, id);
    }

    static Import of(ImportRunEntity run, ImportResult result, boolean showCreator) {
        return new Import(globalId(run.id), run.status, run.fileName, (int) run.sizeBytes, run.format,
                new ImportSettings(run.encoding, run.delimiter, run.locale, run.currency, run.headerLine),
                new ImportCounts(run.rowsRead, run.rowsWritten, run.rowsReplaced, run.rowsRejected, result.skipped()),
                result.targets(), result.campaignTotals(), result.channelTotals(), result.matched(), result.unmapped(),
                result.errors(), result.errorCount(), showCreator ? run.createdBy : null, DateTimeScalar.of(run.createdAt));
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
