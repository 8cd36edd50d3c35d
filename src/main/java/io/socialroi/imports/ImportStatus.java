package io.socialroi.imports;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ImportStatus")
@Description("DRY_RUN: previewed, nothing written. COMPLETED: written. FAILED: refused (line errors, unmapped names"
        + " under STOP, an unreadable file), nothing written. DELETED: what it wrote was removed by deleteImport.")
public enum ImportStatus {
    DRY_RUN, COMPLETED, FAILED, DELETED
}
