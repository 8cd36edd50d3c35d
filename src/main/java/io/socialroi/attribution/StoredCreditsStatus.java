package io.socialroi.attribution;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("StoredCredits")
@Description("The stored credits of the default attribution setting, which reports under that setting aggregate"
        + " instead of recomputing every path. A rebuild (after the default or the reporting currency changed) runs in"
        + " the background; reports compute on demand until it is READY, with the same numbers.")
public record StoredCreditsStatus(@NonNull CreditsState state,
        @Description("REBUILDING: conversions credited again so far.") int conversionsDone,
        @Description("REBUILDING: conversions to credit (those recorded when the rebuild started).") int conversionsTotal) {

    static StoredCreditsStatus of(AttributionDefaultEntity row) {
        return row == null ? new StoredCreditsStatus(CreditsState.READY, 0, 0)
                : new StoredCreditsStatus(row.creditsState, (int) row.creditsDone, (int) row.creditsTotal);
    }
}
