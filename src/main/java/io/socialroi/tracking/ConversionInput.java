package io.socialroi.tracking;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateTimeScalar;
import io.socialroi.common.Text;
import io.socialroi.money.MoneyInput;

@Input("ConversionInput")
public class ConversionInput {
    @NonNull
    @Text(max = 200, required = TouchpointInput.PERSON_KEY_REQUIRED, absent = Text.Absent.BLANK)
    public String personKey;
    @NonNull
    public DateTimeScalar occurredAt;
    @NonNull
    @NotNull(message = "A conversion needs a type.")
    public ConversionType type;
    @Description("With type OTHER: your own name for the outcome (\"webinar attended\").")
    @Text(max = 100)
    public String customType;
    @Description("Where money changed hands.")
    public MoneyInput revenue;
    @Id
    @Description("A known source (a CRM deal's campaign). Used only when the person has no touchpoint in the lookback window.")
    public String campaignId;
    @Id
    @Description("A known source channel. Used only when the person has no touchpoint in the lookback window.")
    public String channelId;
    @Description("Your id for this conversion, unique in the workspace: sending it again records nothing new.")
    @Text(max = 200)
    public String externalId;
}
