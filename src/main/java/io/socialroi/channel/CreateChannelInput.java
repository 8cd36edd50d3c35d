package io.socialroi.channel;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateChannelInput")
public class CreateChannelInput {
    @NonNull
    @Description("Unique in the workspace, case-insensitively; a touchpoint's utmSource matches it.")
    public String name;
    @NonNull
    @NotNull(message = "A channel needs a kind.")
    public ChannelKind kind;
    @Description("Other utm_source values for this channel, e.g. [\"fb\", \"facebook.com\"].")
    public List<@NonNull String> aliases;
}
