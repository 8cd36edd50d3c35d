package io.socialroi.imports;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ImportCounts")
@Description("Rows of the file: read, written new, written over what an earlier import recorded for the same key,"
        + " rejected (line errors) and skipped (deal stages not mapped, touchpoints whose externalId is known).")
public record ImportCounts(@NonNull int read, @NonNull int written, @NonNull int replaced, @NonNull int rejected,
        @NonNull int skipped) {
}
