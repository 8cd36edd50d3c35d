package io.socialroi.attribution;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.socialroi.common.DecimalScalar;

@Input("AttributionInput")
@Description("How conversions are credited to touchpoints (see the attribution rules).")
public class AttributionInput {
    @DefaultValue("LAST_TOUCH")
    public AttributionModel model;
    @DefaultValue("30")
    @Description("Touchpoints at most this many days before a conversion are in its path (1 to 365).")
    public Integer lookbackDays;
    @DefaultValue("168")
    @Description("TIME_DECAY: a touchpoint's weight halves every halfLifeHours (1 to 2160).")
    public Integer halfLifeHours;
    @Description("POSITION_BASED: share of the first touch (default 0.4).")
    public DecimalScalar firstWeight;
    @Description("POSITION_BASED: share of the last touch (default 0.4).")
    public DecimalScalar lastWeight;
}
