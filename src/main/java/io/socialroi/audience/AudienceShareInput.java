package io.socialroi.audience;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DecimalScalar;
import io.socialroi.common.Text;

@Input("AudienceShareInput")
@Description("One segment of a dimension and its share of the audience, in percent (41.5 for 41.5 %).")
public class AudienceShareInput {
    @NonNull
    @Description("The segment as the platform names it: \"18-24\", \"female\", \"BR\", \"São Paulo\", \"pt-BR\"."
            + " Compared across channels whatever its case; an en dash counts as a hyphen.")
    @Text(max = 200, required = "A segment needs a name.")
    public String segment;
    @NonNull
    public DecimalScalar share;
}
