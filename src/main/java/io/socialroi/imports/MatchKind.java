package io.socialroi.imports;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ImportMatchKind")
@Description("How a file's campaign name found its campaign: a stored platform campaign mapping, the campaign's"
        + " utmCampaign, its name (case-insensitive), or a campaign created by the import (CREATE_CAMPAIGNS).")
public enum MatchKind {
    MAPPING, UTM_CAMPAIGN, NAME, CREATED
}
