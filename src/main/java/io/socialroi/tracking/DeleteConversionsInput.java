package io.socialroi.tracking;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("DeleteConversionsInput")
@Description("The conversions to delete, by ids and/or externalIds (up to 5,000 in all); every one must exist.")
public class DeleteConversionsInput {
    @Id
    public List<@NonNull String> ids;
    public List<@NonNull String> externalIds;
}
