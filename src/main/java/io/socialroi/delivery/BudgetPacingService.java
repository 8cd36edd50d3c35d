package io.socialroi.delivery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.socialroi.campaign.Campaign;
import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.TimeZones;
import io.socialroi.money.Money;
import io.socialroi.report.ReportService;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.WorkspaceEntity;

/**
 * Campaign.pacing: the cost to date from the same service as Campaign.totalCost (one call per distinct period, not
 * per campaign), the budget converted like every amount (fx_convert at the rate in force on asOf), and the
 * arithmetic of {@link BudgetPace}.
 */
@ApplicationScoped
public class BudgetPacingService {

    /** The budget in the reporting currency: the rate in force on the day, NULL without one. */
    static final String CONVERT_BUDGET = "select fx_convert(:ws, cast(:amount as numeric), :from, :to, :on)";

    @Inject
    ReportService reports;
    @Inject
    CurrentWorkspace workspace;
    @Inject
    Clock clock;
    @Inject
    DeliveryConfig config;
    @Inject
    EntityManager em;

    /** Each campaign's pacing today, in the order given. */
    public List<BudgetPacing> pacing(List<Campaign> campaigns) {
        return pacing(campaigns, clock.instant());
    }

    /** Each campaign's pacing on the day {@code now} falls on in the workspace's zone (a delivery's due time). */
    public List<BudgetPacing> pacing(List<Campaign> campaigns, Instant now) {
        WorkspaceEntity ws = workspace.entity();
        LocalDate today = LocalDate.ofInstant(now, TimeZones.of(ws.timeZone));
        String currency = ws.reportingCurrency;
        Map<Long, BigDecimal> costs = costsToDate(campaigns, today);
        List<BudgetPacing> answers = new ArrayList<>(campaigns.size());
        for (Campaign campaign : campaigns) {
            LocalDate start = campaign.getStartDate().value().orElseThrow();
            LocalDate end = campaign.getEndDate() == null ? null : campaign.getEndDate().value().orElseThrow();
            BigDecimal cost = costs.getOrDefault(campaign.databaseId(), BigDecimal.ZERO);
            Money recorded = campaign.getBudget();
            BigDecimal budget = null;
            String undefined = null;
            if (recorded != null) {
                budget = convert(ws.id, recorded, currency, today);
                if (budget == null) {
                    undefined = "No exchange rate from " + recorded.currencyCode() + " to " + currency + " on or before "
                            + today + ": the budget cannot be compared with the costs.";
                }
            }
            BudgetPace pace = BudgetPace.compute(budget, cost, start, end, today, config.pacing().warningPercent(),
                    config.pacing().exceededPercent());
            answers.add(new BudgetPacing(DateScalar.of(today), money(budget, currency), Money.of(cost, currency),
                    pace.elapsedDays(), pace.totalDays(), money(pace.plannedToDate(), currency),
                    DecimalScalar.of(pace.spentPercent()), money(pace.dailyRate(), currency),
                    money(pace.projectedSpend(), currency), DecimalScalar.of(pace.projectedPercent()), pace.status(),
                    pace.alert(), undefined));
        }
        return answers;
    }

    /** Cost from startDate to min(today, endDate) per campaign: one totalCost call per distinct range. */
    private Map<Long, BigDecimal> costsToDate(List<Campaign> campaigns, LocalDate today) {
        Map<List<LocalDate>, List<Campaign>> byRange = new LinkedHashMap<>();
        for (Campaign campaign : campaigns) {
            LocalDate start = campaign.getStartDate().value().orElseThrow();
            LocalDate end = campaign.getEndDate() == null ? null : campaign.getEndDate().value().orElseThrow();
            LocalDate last = end != null && end.isBefore(today) ? end : today;
            if (!last.isBefore(start)) {
                byRange.computeIfAbsent(List.of(start, last), k -> new ArrayList<>()).add(campaign);
            }
        }
        Map<Long, BigDecimal> costs = new HashMap<>();
        byRange.forEach((range, group) -> {
            DateRangeInput period = new DateRangeInput();
            period.from = DateScalar.of(range.get(0));
            period.to = DateScalar.of(range.get(1));
            List<Money> totals = reports.totalCost(group, period);
            for (int i = 0; i < group.size(); i++) {
                costs.put(group.get(i).databaseId(), totals.get(i).amount().value().orElseThrow());
            }
        });
        return costs;
    }

    private BigDecimal convert(long ws, Money amount, String to, LocalDate on) {
        BigDecimal value = amount.amount().value().orElseThrow();
        if (amount.currencyCode().equals(to)) {
            return value;
        }
        Object converted = em.createNativeQuery(CONVERT_BUDGET).setParameter("ws", ws).setParameter("amount", value)
                .setParameter("from", amount.currencyCode()).setParameter("to", to).setParameter("on", on)
                .getSingleResult();
        return converted == null ? null : new BigDecimal(converted.toString());
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : Money.of(amount, currency);
    }
}
