package io.socialroi.money;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.GlobalId;
import io.socialroi.common.Node;

@Type("ExchangeRate")
@Description("1 base = rate quote, in force from validFrom until the pair's next rate. Used in both directions.")
public record ExchangeRate(@NonNull @org.eclipse.microprofile.graphql.Id String id, @NonNull String base, @NonNull String quote,
        @NonNull DecimalScalar rate, @NonNull DateScalar validFrom) implements Node {

    public static final String TYPE = "ExchangeRate";

    static ExchangeRate of(ExchangeRateEntity e) {
        return new ExchangeRate(GlobalId.encode(TYPE, e.id), e.base, e.quote, DecimalScalar.of(e.rate),
                DateScalar.of(e.validFrom));
    }

    @Override
    @org.eclipse.microprofile.graphql.Id
    @NonNull
    public String getId() {
        return id;
    }
}
