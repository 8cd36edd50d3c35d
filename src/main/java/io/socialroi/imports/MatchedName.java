package io.socialroi.imports;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ImportMatchedName")
@Description("A campaign name of the file and the campaign it is recorded on, with how it matched. campaignId is null"
        + " for a campaign a dry run would create.")
public record MatchedName(@NonNull String platform, String accountId, @NonNull String name, @Id String campaignId,
        @NonNull String campaignName, @NonNull MatchKind matchedBy) {
}
