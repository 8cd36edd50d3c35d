package io.socialroi.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;
import io.socialroi.money.RoiCalculator;

@Type("Roi")
@Description("Return on investment, all in the workspace's reporting currency. percent counts attributed revenue"
        + " only; valuePercent adds the returns that are not sales (action value, earned media value, service"
        + " savings), itemised in valueReturns, so indirect returns are visible but never mixed into percent.")
public record Roi(@NonNull Money cost, @NonNull Money revenue,
        @NonNull @Description("revenue − cost") Money netReturn,
        @Description("(revenue − cost) × 100 / cost, rounded half-up to 2 decimals; null when cost is 0.") DecimalScalar percent,
        @Description("revenue / ad spend (AD_SPEND costs), 2 decimals; null when there is no ad spend.") DecimalScalar roas,
        @Description("Why percent is null; set exactly when it is.") String undefinedReason,
        @Ignore RoiSubject subject) {

    static Roi of(RoiCalculator.RoiFigures f, String currency, RoiSubject subject) {
        return new Roi(Money.of(f.cost(), currency), Money.of(f.revenue(), currency), Money.of(f.netReturn(), currency),
                DecimalScalar.of(f.percent()), DecimalScalar.of(f.roas()), f.undefinedReason(), subject);
    }
}
