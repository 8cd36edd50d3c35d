package io.socialroi.imports;

import java.util.List;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.UserError;

@Type("DeleteImportPayload")
public record DeleteImportPayload(Import deletedImport, @NonNull List<@NonNull UserError> userErrors) {
}
