package io.socialroi.imports;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ImportLineError")
@Description("A problem at a line of the file (1-based; 0: the file as a whole), in a column when one is named.")
public record ImportLineError(@NonNull int line, String column, @NonNull String code, @NonNull String message) {
}
