package io.socialroi.attribution;

import org.eclipse.microprofile.graphql.Description;

@Description("Where the stored credits of the workspace's default attribution setting stand.")
public enum CreditsState {
    @Description("Complete: reports under the default setting aggregate the stored credits.")
    READY,
    @Description("Being rebuilt after the default setting or the reporting currency changed; reports compute on"
            + " demand meanwhile.")
    REBUILDING,
    @Description("Nothing is stored: the default model is DATA_DRIVEN, whose credits depend on each report's period.")
    ON_DEMAND
}
