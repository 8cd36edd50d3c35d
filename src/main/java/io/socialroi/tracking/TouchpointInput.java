package io.socialroi.tracking;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateTimeScalar;
import io.socialroi.common.Text;

@Input("TouchpointInput")
@Description("One interaction of a person with marketing. Name the channel by channelId or utmSource, the "
        + "campaign (optional) by campaignId or utmCampaign. utm_* values missing here are read from landingUrl.")
public class TouchpointInput {
    /** The message of a blank personKey, of touchpoints and conversions. */
    static final String PERSON_KEY_REQUIRED = "personKey identifies the person; it cannot be blank.";

    @NonNull
    @Description("An opaque id of the person: a CRM contact id or an anonymous id.")
    @Text(max = 200, required = PERSON_KEY_REQUIRED, absent = Text.Absent.BLANK)
    public String personKey;
    @NonNull
    public DateTimeScalar occurredAt;
    @Id
    public String channelId;
    @Description("Matched case-insensitively to a channel's name or aliases; an unknown source is an error.")
    public String utmSource;
    @Id
    public String campaignId;
    @Description("Matched case-insensitively to a campaign's utmCampaign; an unknown code is an error.")
    public String utmCampaign;
    @Description("Infers mediaType when it is absent: cpc, paid, paid_social → PAID; social, organic, email → OWNED; referral → EARNED.")
    public String utmMedium;
    public String utmTerm;
    public String utmContent;
    public MediaType mediaType;
    @Text(max = 2000)
    public String landingUrl;
    @Description("Your id for this touchpoint, unique in the workspace: sending it again records nothing new.")
    @Text(max = 200)
    public String externalId;
}
