package io.socialroi.imports;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ImportTargets")
@Description("Rows the import writes (or, in a dry run, would write) per target: cost entries, PAID engagement days"
        + " (one per channel, campaign and day), conversions, touchpoints, posts (one per channel and post id) and"
        + " audience snapshots (one per channel and day).")
public record ImportTargets(@NonNull int costs, @NonNull int engagementDays, @NonNull int conversions,
        @NonNull int touchpoints, @NonNull int posts, @NonNull int audienceSnapshots) {
}
