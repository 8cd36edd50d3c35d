package io.socialroi.campaign;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ArchiveCampaignInput")
public class ArchiveCampaignInput {
    @NonNull
    @Id
    public String id;
}
