package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Enum;

@Enum("AnomalyScope")
public enum AnomalyScope {
    WORKSPACE,
    CHANNEL,
    CAMPAIGN
}
