package io.socialroi.earned;

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
    public MoneyInput cpc;
    @NonNull
    public DateScalar validFrom;
    public DateScalar validTo;
}
