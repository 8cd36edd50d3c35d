package io.socialroi.cohort;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import io.socialroi.common.Echo;
import io.socialroi.common.AuditedEntity;
import io.socialroi.common.BatchWriter;
import io.socialroi.common.BatchWriter.DuplicateKey;
import io.socialroi.common.Cursors;
import io.socialroi.common.DateScalar;
import io.socialroi.common.DateInputs;
import io.socialroi.common.InputErrors;
import io.socialroi.common.PageInfo;
import io.socialroi.common.SqlRows;
import io.socialroi.common.Upserts;
import io.socialroi.common.UserErrorCode;
import io.socialroi.money.Money;
import io.socialroi.money.MoneyInputs;
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
    BatchWriter batches;
    @Inject
    EntityManager em;

    /** A customer checked: its dates and money read. */
    private record Checked(String personKey, LocalDate became, MoneyInputs.ValidMoney contract,
            MoneyInputs.ValidMoney upsell, LocalDate churned, LocalDate firstLead, LocalDate engaged) {
    }

    @Transactional
    @WritesWorkspaceData
    public Upserts record(List<CustomerInput> items) {
        return batches.write(items, new BatchWriter.Feature<CustomerInput, Checked, Upserts>() {
            @Override
            public Checked check(int i, CustomerInput item, InputErrors at) {
                LocalDate became = DateInputs.optional(item.becameCustomerOn, at, "becameCustomerOn");
                LocalDate churned = DateInputs.optional(item.churnedOn, at, "churnedOn");
                LocalDate firstLead = DateInputs.optional(item.firstLeadOn, at, "firstLeadOn");
                LocalDate engaged = DateInputs.optional(item.socialEngagedOn, at, "socialEngagedOn");
                MoneyInputs.ValidMoney contract = MoneyInputs.validate(item.contractValue, at.at("contractValue"));
                MoneyInputs.ValidMoney upsell = MoneyInputs.validate(item.upsellRevenue, at.at("upsellRevenue"));
                if (became != null && churned != null && churned.isBefore(became)) {
                    at.add(UserErrorCode.END_BEFORE_START, "churnedOn (" + churned + ") is before becameCustomerOn ("
                            + became + ").", "churnedOn");
                }
                if (became != null && firstLead != null && firstLead.isAfter(became)) {
                    at.add(UserErrorCode.END_BEFORE_START, "becameCustomerOn (" + became + ") is before firstLeadOn ("
                            + firstLead + "): a customer is a lead first.", "firstLeadOn");
                }
                return new Checked(item.personKey, became, contract, upsell, churned, firstLead, engaged);
            }

            @Override
            public DuplicateKey key(Checked customer) {
                String personKey = customer.personKey();
                return personKey == null || personKey.isBlank() ? null
                        : new DuplicateKey(personKey, "personKey \"" + Echo.of(personKey) + "\"", "personKey");
            }

            @Override
            public Upserts write(List<Checked> customers) {
                return CustomerEntity.upsertAll(em, workspace.id(), AuditedEntity.currentSubject(),
                        customers.stream().map(CustomerService::row).toList());
            }
        });
    }

    private static CustomerEntity.Row row(Checked c) {
        return new CustomerEntity.Row(c.personKey(), c.became(),
                c.contract() == null ? null : c.contract().amount(), c.contract() == null ? null : c.contract().currency(),
                c.upsell() == null ? null : c.upsell().amount(), c.upsell() == null ? null : c.upsell().currency(),
                c.churned(), c.firstLead(), c.engaged());
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
