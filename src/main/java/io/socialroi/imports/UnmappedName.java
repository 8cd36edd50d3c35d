package io.socialroi.imports;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ImportUnmappedName")
@Description("A campaign name of the file that matches no campaign: its platform and account, and its first lines.")
public record UnmappedName(@NonNull String platform, String accountId, @NonNull String name,
        @NonNull List<@NonNull Integer> lines, @NonNull int rows) {
}
