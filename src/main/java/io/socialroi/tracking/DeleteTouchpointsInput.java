package io.socialroi.tracking;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateTimeScalar;

@Input("DeleteTouchpointsInput")
@Description("Either externalIds (up to 5,000, every one must exist), or a person's touchpoints from `from` "
        + "(inclusive) to `to` (exclusive): personKey, from and to together.")
public class DeleteTouchpointsInput {
    public List<@NonNull String> externalIds;
    public String personKey;
    public DateTimeScalar from;
    public DateTimeScalar to;
}
