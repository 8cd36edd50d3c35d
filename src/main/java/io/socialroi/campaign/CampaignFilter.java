package io.socialroi.campaign;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CampaignFilter")
public class CampaignFilter {
    @Description("Any of these statuses. When absent, every status but ARCHIVED.")
    public List<@NonNull CampaignStatus> status;
    @Description("Any of these objectives. When absent, every objective.")
    public List<@NonNull CampaignObjective> objective;
}
