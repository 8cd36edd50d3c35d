package io.socialroi.cohort;

import java.math.BigDecimal;
import java.time.LocalDate;
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

        String subject = AuditedEntity.currentSubject();
        Upserts upserts = new Upserts();
        for (int i = 0; i < n; i++) {
            Object inserted = em.createNativeQuery(UPSERT_CUSTOMER)
                    .setParameter("ws", ws).setParameter("person", items.get(i).personKey)
                    .setParameter("became", became[i])
                    .setParameter("contract", contract[i] == null ? null : contract[i].amount())
                    .setParameter("contractCurrency", contract[i] == null ? null : contract[i].currency())
                    .setParameter("upsell", upsell[i] == null ? null : upsell[i].amount())
                    .setParameter("upsellCurrency", upsell[i] == null ? null : upsell[i].currency())
                    .setParameter("churned", text(churned[i])).setParameter("firstLead", text(firstLead[i]))
                    .setParameter("engaged", text(engaged[i])).setParameter("by", subject)
                    .getSingleResult();
            upserts.count(inserted);
        }
        return upserts;
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

    static final String COUNT_CUSTOMERS = """
            select count(*) from customer where workspace_id = :ws""";

    /** Inserts or replaces a person's customer record; returns whether it was inserted. */
    static final String UPSERT_CUSTOMER = """
            insert into customer (id, workspace_id, person_key, became_customer_on, contract_amount, contract_currency,
              upsell_amount, upsell_currency, churned_on, first_lead_on, social_engaged_on, created_by)
            values (nextval('customer_id_seq'), :ws, :person, :became, cast(:contract as numeric),
              cast(:contractCurrency as varchar), cast(:upsell as numeric), cast(:upsellCurrency as varchar),
              cast(:churned as date), cast(:firstLead as date), cast(:engaged as date), :by)
            on conflict (workspace_id, person_key) do update
              set became_customer_on = excluded.became_customer_on, contract_amount = excluded.contract_amount,
                contract_currency = excluded.contract_currency, upsell_amount = excluded.upsell_amount,
                upsell_currency = excluded.upsell_currency, churned_on = excluded.churned_on,
                first_lead_on = excluded.first_lead_on, social_engaged_on = excluded.social_engaged_on,
                updated_at = now()
            %s""".formatted(Upserts.RETURNING_INSERTED);

    /** Customers recorded in the workspace. */
    public long count() {
        return SqlRows.singleLong(em.createNativeQuery(COUNT_CUSTOMERS).setParameter("ws", workspace.id()));
    }


    /** Dates travel as text and are cast in SQL, so a null needs no JDBC type guess. */
    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
