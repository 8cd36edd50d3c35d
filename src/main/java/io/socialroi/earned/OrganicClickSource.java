package io.socialroi.earned;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("OrganicClickSource")
@Description("Where earned media value takes organic clicks from. The two are never added together (the same click"
        + " would count twice).")
public enum OrganicClickSource {
    @Description("Clicks sent with recordOrganicClicks.")
    RECORDED,
    @Description("OWNED and EARNED touchpoints with a utm_term, one click each, on the touchpoint's UTC day.")
    TOUCHPOINTS
}
