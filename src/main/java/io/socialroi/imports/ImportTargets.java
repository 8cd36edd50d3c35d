package io.socialroi.imports;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ImportTargets")
@Description("Rows the import writes (or, in a dry run, would write) per target: cost entries, PAID engagement days"
        + " (one per channel, campaign and day), conversions and touchpoints.")
public record ImportTargets(@NonNull int costs, @NonNull int engagementDays, @NonNull int conversions,
        @NonNull int touchpoints) {
}
