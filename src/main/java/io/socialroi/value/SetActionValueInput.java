package io.socialroi.value;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import io.socialroi.money.MoneyInput;
import io.socialroi.tracking.ConversionType;

@Input("SetActionValueInput")
@Description("Exactly one of conversionType and engagementKind. A null value removes the action's value.")
public class SetActionValueInput {
    public ConversionType conversionType;
    public EngagementKind engagementKind;
    public MoneyInput value;
}
