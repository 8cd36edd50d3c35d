package io.socialroi.attribution;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.socialroi.common.DecimalScalar;

@Input("AttributionInput")
@Description("How conversions are credited to touchpoints (see the attribution rules). A field left out takes the"
        + " workspace's default attribution (Workspace.defaultAttribution).")
public class AttributionInput {
    public AttributionModel model;
    @Description("Touchpoints at most this many days before a conversion are in its path (1 to 365).")
    public Integer lookbackDays;
    @Description("TIME_DECAY: a touchpoint's weight halves every halfLifeHours (1 to 2160).")
    public Integer halfLifeHours;
    @Description("POSITION_BASED: share of the first touch (0 to 1).")
    public DecimalScalar firstWeight;
    @Description("POSITION_BASED: share of the last touch (0 to 1; first + last at most 1).")
    public DecimalScalar lastWeight;
}
