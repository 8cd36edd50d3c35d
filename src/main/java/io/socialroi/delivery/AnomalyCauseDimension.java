package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Enum;

/** What an anomaly's scope is split into to find the likely cause (the levels of DailyLeaf.Part). */
@Enum("AnomalyCauseDimension")
public enum AnomalyCauseDimension {
    CHANNEL,
    CAMPAIGN,
    MEDIA_TYPE
}
