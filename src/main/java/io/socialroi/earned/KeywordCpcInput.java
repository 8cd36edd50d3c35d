package io.socialroi.earned;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateScalar;
import io.socialroi.money.MoneyInput;

@Input("KeywordCpcInput")
@Description("A keyword's published cost per click, in force from validFrom to validTo (inclusive; no validTo:"
        + " open-ended). The same keyword and validFrom sent again replaces the price.")
public class KeywordCpcInput {
    @NonNull
    @Description("Trimmed, lower-cased and inner whitespace collapsed before it is stored; at most 200 characters.")
    public String keyword;
    @NonNull
    @Description("Any currency, not negative.")
    @NotNull(message = "A price needs a cpc.")
    public MoneyInput cpc;
    @NonNull
    @NotNull
    public DateScalar validFrom;
    public DateScalar validTo;
}
