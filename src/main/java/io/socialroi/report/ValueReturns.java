package io.socialroi.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;
import io.socialroi.money.RoiCalculator;

@Type("ValueReturns")
@Description("The returns behind Roi.valuePercent, line by line, in the reporting currency; total = the four lines.")
public record ValueReturns(
        @NonNull @Description("Revenue credited by the attribution model (Roi.revenue).") Money attributedRevenue,
        @NonNull @Description("The values set per conversion type (actionValues), credited by the same model (Campaign.attributedValue).")
        Money attributedActionValue,
        @NonNull @Description("Earned media value: organic clicks × keyword CPC plus OWNED/EARNED impressions × CPM (earnedMediaValue.total).")
        Money earnedMediaValue,
        @NonNull @Description("Deflected support contacts × cost per contact (serviceSavings.savings).") Money serviceSavings,
        @NonNull @Description("The sum of the four lines.") Money total,
        @NonNull @Description("total − cost") Money netReturn,
        @Description("(total − cost) × 100 / cost, 2 decimals half-up; null when cost is 0 (Roi.valuePercent).") DecimalScalar percent,
        @Description("Why percent is null; set exactly when it is.") String undefinedReason) {

    public static ValueReturns of(RoiCalculator.ValueFigures v, String currency) {
        return new ValueReturns(Money.of(v.revenue(), currency), Money.of(v.actionValue(), currency),
                Money.of(v.earnedMediaValue(), currency), Money.of(v.serviceSavings(), currency),
                Money.of(v.total(), currency), Money.of(v.netReturn(), currency), DecimalScalar.of(v.percent()),
                v.undefinedReason());
    }
}
