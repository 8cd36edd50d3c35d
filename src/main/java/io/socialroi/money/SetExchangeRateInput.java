package io.socialroi.money;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;

@Input("SetExchangeRateInput")
public class SetExchangeRateInput {
    @NonNull
    public String base;
    @NonNull
    public String quote;
    @NonNull
    public DecimalScalar rate;
    @NonNull
    public DateScalar validFrom;
}
