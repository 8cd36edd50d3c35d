package io.socialroi.earned;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.money.MoneyInput;
import io.socialroi.tracking.MediaType;

@Input("SetEarnedMediaCpmInput")
@Description("What 1,000 OWNED or EARNED impressions are worth, workspace-wide or (with channelId) on one channel,"
        + " where it overrides the workspace-wide price. A null cpm removes the price.")
public class SetEarnedMediaCpmInput {
    @NonNull
    @Description("OWNED or EARNED (PAID impressions were bought: their cost is their value).")
    @NotNull(message = "Name the media type: OWNED or EARNED.")
    public MediaType mediaType;
    @Id
    public String channelId;
    public MoneyInput cpm;
}
