package io.socialroi.cohort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import io.socialroi.common.Echo;
import io.socialroi.common.AuditedEntity;
import io.socialroi.common.Cursors;
import io.socialroi.common.DateScalar;
import io.socialroi.common.DateInputs;
import io.socialroi.common.InputErrors;
import io.socialroi.common.TextInputs;
import io.socialroi.common.PageInfo;
import io.socialroi.common.SqlRows;
import io.socialroi.common.Upserts;
import io.socialroi.common.UserErrorCode;
import io.socialroi.money.Money;
import io.socialroi.money.MoneyInputs;
import io.socialroi.tracking.TrackingService;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.WritesWorkspaceData;

/**
 * Records customers as one atomic batch: every item valid or nothing written. A personKey sent again replaces
 * what was recorded for it (its creator stays the first one).
 */
@ApplicationScoped
public class CustomerService {


    @Inject
    CurrentWorkspace workspace;
    @Inject
    EntityManager em;

    @Transactional
    @WritesWorkspaceData
    public Upserts record(List<CustomerInput> items) {
        long ws = workspace.id();
        InputErrors errors = new InputErrors("input");
        TrackingService.checkSize(items, errors);
        int n = items.size();
        LocalDate[] became = new LocalDate[n];
        LocalDate[] churned = new LocalDate[n];
        LocalDate[] firstLead = new LocalDate[n];
        LocalDate[] engaged = new LocalDate[n];
        MoneyInputs.ValidMoney[] contract = new MoneyInputs.ValidMoney[n];
        MoneyInputs.ValidMoney[] upsell = new MoneyInputs.ValidMoney[n];
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < n; i++) {
            CustomerInput item = items.get(i);
            InputErrors at = errors.at(String.valueOf(i));
            if (item.personKey == null || item.personKey.isBlank()) {
                at.add(UserErrorCode.REQUIRED, "personKey identifies the customer; it cannot be blank.", "personKey");
            } else {
                TextInputs.check(item.personKey, 200, at, "personKey");
                if (!keys.add(item.personKey)) {
                    at.add(UserErrorCode.DUPLICATE, "personKey \"" + Echo.of(item.personKey) + "\" is already in this batch.",
                            "personKey");
                }
            }
            became[i] = DateInputs.required(item.becameCustomerOn, at, "becameCustomerOn");
            churned[i] = DateInputs.optional(item.churnedOn, at, "churnedOn");
            firstLead[i] = DateInputs.optional(item.firstLeadOn, at, "firstLeadOn");
            engaged[i] = DateInputs.optional(item.socialEngagedOn, at, "socialEngagedOn");
            contract[i] = MoneyInputs.validate(item.contractValue, at.at("contractValue"));
            upsell[i] = MoneyInputs.validate(item.upsellRevenue, at.at("upsellRevenue"));
            if (became[i] != null && churned[i] != null && churned[i].isBefore(became[i])) {
                at.add(UserErrorCode.END_BEFORE_START, "churnedOn (" + churned[i] + ") is before becameCustomerOn ("
                        + became[i] + ").", "churnedOn");
            }
            if (became[i] != null && firstLead[i] != null && firstLead[i].isAfter(became[i])) {
                at.add(UserErrorCode.END_BEFORE_START, "becameCustomerOn (" + became[i] + ") is before firstLeadOn ("
                        + firstLead[i] + "): a customer is a lead first.", "firstLeadOn");
            }
        }
        errors.throwIfAny();

        List<CustomerEntity.Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new CustomerEntity.Row(items.get(i).personKey, became[i],
                    contract[i] == null ? null : contract[i].amount(), contract[i] == null ? null : contract[i].currency(),
                    upsell[i] == null ? null : upsell[i].amount(), upsell[i] == null ? null : upsell[i].currency(),
                    churned[i], firstLead[i], engaged[i]));
        }
        return CustomerEntity.upsertAll(em, ws, AuditedEntity.currentSubject(), rows);
    }

    /**
     * A page of customers in the order they were first recorded, with the engaged flag of the cohort lift: two
     * statements (the page and the total) for any page size.
     */
    public CustomerConnection page(Integer first, String after) {
        int size = Cursors.pageSize(first);
        long afterId = Cursors.afterId(after);
        List<CustomerEdge> rows = size == 0 ? List.of()
                : SqlRows.tuples(CohortQueries.bindEngaged(em.createNativeQuery(CUSTOMERS_PAGE, Tuple.class))
                        .setParameter("ws", workspace.id()).setParameter("after", afterId)
                        .setParameter("limit", size + 1)).stream().map(CustomerService::customerEdge).toList();
        boolean hasNext = rows.size() > size;
        List<CustomerEdge> edges = rows.stream().limit(size).toList();
        return new CustomerConnection(edges, edges.stream().map(CustomerEdge::node).toList(),
                new PageInfo(hasNext, afterId > 0, edges.isEmpty() ? null : edges.get(0).cursor(),
                        edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()),
                (int) count());
    }

    /** A page of customers after the cursor's id, one more than asked to tell whether a next page exists. */
    static final String CUSTOMERS_PAGE = """
            select c.id, c.person_key, c.became_customer_on::text as became_customer_on, c.contract_amount,
              c.contract_currency, c.upsell_amount, c.upsell_currency, c.churned_on::text as churned_on,
              c.first_lead_on::text as first_lead_on, c.social_engaged_on::text as social_engaged_on,
              %s as engaged
            from customer c
            where c.workspace_id = :ws and c.id > :after
            order by c.id
            limit :limit""".formatted(CohortQueries.ENGAGED);

    /** Dates are read as text (ISO), so that no time zone touches them. */
    private static CustomerEdge customerEdge(Tuple row) {
        return new CustomerEdge(Cursors.encode(SqlRows.longValue(row, "id")),
                new Customer(SqlRows.text(row, "person_key"), date(row, "became_customer_on"),
                        Money.recorded(SqlRows.decimal(row, "contract_amount"), SqlRows.text(row, "contract_currency")),
                        Money.recorded(SqlRows.decimal(row, "upsell_amount"), SqlRows.text(row, "upsell_currency")),
                        date(row, "churned_on"), date(row, "first_lead_on"), date(row, "social_engaged_on"),
                        Boolean.TRUE.equals(SqlRows.bool(row, "engaged"))));
    }

    private static DateScalar date(Tuple row, String alias) {
        String text = SqlRows.text(row, alias);
        return text == null ? null : new DateScalar(text);
    }

    /** Customers recorded in the workspace. */
    public long count() {
        return CustomerEntity.countByWorkspace(workspace.id());
    }

}
