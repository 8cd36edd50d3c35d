package io.socialroi.imports;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RemovePlatformCampaignMappingInput")
public class RemovePlatformCampaignMappingInput {
    @NonNull
    @Id
    public String id;
}
