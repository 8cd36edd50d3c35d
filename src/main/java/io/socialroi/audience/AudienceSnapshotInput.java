package io.socialroi.audience;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateScalar;

@Input("AudienceSnapshotInput")
@Description("A channel's audience on a day, as the platform exports it: each dimension given is a distribution whose"
        + " shares add up to 100 % (± 0.5 for the platforms' rounding). A dimension sent again for the same channel and"
        + " date replaces the one recorded; dimensions left out stay as they are.")
public class AudienceSnapshotInput {
    @NonNull
    @Id
    public String channelId;
    @NonNull
    public DateScalar date;
    public List<@NonNull AudienceShareInput> ageBands;
    public List<@NonNull AudienceShareInput> genders;
    public List<@NonNull AudienceShareInput> countries;
    public List<@NonNull AudienceShareInput> cities;
    public List<@NonNull AudienceShareInput> languages;
}
