package io.socialroi.tracking;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DateTimeScalar;
import io.socialroi.common.GlobalId;
import io.socialroi.common.Node;
import io.socialroi.money.Money;

/** A recorded conversion. Its attribution (path and credits) is resolved in attribution/. */
@Type("Conversion")
@Description("An outcome of a person at a time, with its revenue where money changed hands.")
public class Conversion implements Node {

    public static final String TYPE = "Conversion";

    private final ConversionEntity entity;

    public Conversion(ConversionEntity entity) {
        this.entity = entity;
    }

    @Ignore
    public ConversionEntity entity() {
        return entity;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return GlobalId.encode(TYPE, entity.id);
    }

    public @NonNull String getPersonKey() {
        return entity.personKey;
    }

    public @NonNull DateTimeScalar getOccurredAt() {
        return DateTimeScalar.of(entity.occurredAt);
    }

    public @NonNull ConversionType getType() {
        return entity.type;
    }

    public String getCustomType() {
        return entity.customType;
    }

    @Description("As recorded, in its own currency.")
    public Money getRevenue() {
        return Money.recorded(entity.revenueAmount, entity.revenueCurrency);
    }

    public String getExternalId() {
        return entity.externalId;
    }
}
