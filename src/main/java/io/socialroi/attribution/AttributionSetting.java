package io.socialroi.attribution;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DecimalScalar;

@Type("AttributionSetting")
@Description("A complete attribution setting: what an AttributionInput argument's left-out fields take.")
public record AttributionSetting(@NonNull AttributionModel model,
        @Description("Touchpoints at most this many days before a conversion are in its path.") int lookbackDays,
        @Description("TIME_DECAY: a touchpoint's weight halves every halfLifeHours.") int halfLifeHours,
        @NonNull @Description("POSITION_BASED: share of the first touch.") DecimalScalar firstWeight,
        @NonNull @Description("POSITION_BASED: share of the last touch.") DecimalScalar lastWeight) {

    static AttributionSetting of(AttributionSettings settings) {
        return new AttributionSetting(settings.model(), settings.lookbackDays(), settings.halfLifeHours(),
                DecimalScalar.of(settings.firstWeight()), DecimalScalar.of(settings.lastWeight()));
    }
}
