package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ReportColumn")
public record ReportColumn(@NonNull String name, @NonNull ColumnType type) {
}
