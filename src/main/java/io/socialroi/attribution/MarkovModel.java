package io.socialroi.attribution;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DecimalScalar;

@Type("MarkovModel")
@Description("The first-order Markov chain behind DATA_DRIVEN: why it credits what it credits.")
public record MarkovModel(@NonNull @Description("P(reaching CONVERSION from START), 6 decimals.") DecimalScalar conversionProbability,
        @NonNull List<@NonNull MarkovChannel> channels, @NonNull List<@NonNull MarkovTransition> transitions) {
}
