package io.socialroi.cohort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;
import io.socialroi.common.UnnestBatch;
import io.socialroi.common.Upserts;

/** A customer as the CRM knows it: one per person key and workspace; a person key sent again replaces it. */
@Entity
@Table(name = "customer")
public class CustomerEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_id")
    @SequenceGenerator(name = "customer_id", sequenceName = "customer_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Column(name = "person_key")
    public String personKey;
    @Column(name = "became_customer_on")
    public LocalDate becameCustomerOn;
    @Column(name = "contract_amount")
    public BigDecimal contractAmount;
    @Column(name = "contract_currency")
    public String contractCurrency;
    @Column(name = "upsell_amount")
    public BigDecimal upsellAmount;
    @Column(name = "upsell_currency")
    public String upsellCurrency;
    @Column(name = "churned_on")
    public LocalDate churnedOn;
    @Column(name = "first_lead_on")
    public LocalDate firstLeadOn;
    @Column(name = "social_engaged_on")
    public LocalDate socialEngagedOn;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Deletes the customer record of a person (an erasure) in one statement; how many (0 or 1). */
    public static long deleteByPerson(long workspaceId, String personKey) {
        return delete("workspaceId = ?1 and personKey = ?2", workspaceId, personKey);
    }

    /** How many customers the workspace has recorded. */
    public static long countByWorkspace(long workspaceId) {
        return count("workspaceId", workspaceId);
    }

    /** One customer of a batch, as {@link #upsertAll} writes it; an amount and its currency are null together. */
    public record Row(String personKey, LocalDate becameCustomerOn, BigDecimal contractAmount, String contractCurrency,
            BigDecimal upsellAmount, String upsellCurrency, LocalDate churnedOn, LocalDate firstLeadOn,
            LocalDate socialEngagedOn) {
    }

    /**
     * Inserts or replaces a batch of customers in one statement. The rows must not repeat a person key: the service
     * refuses such a batch before. A replaced customer keeps its creator. Returns how many were inserted and how
     * many replaced a customer.
     */
    public static Upserts upsertAll(EntityManager em, long workspaceId, String createdBy, List<Row> rows) {
        return UnnestBatch.of(em.createNativeQuery(UPSERT_ALL).setParameter("ws", workspaceId).setParameter("by", createdBy), rows)
                .column("person", Row::personKey, String[]::new)
                .column("became", Row::becameCustomerOn, LocalDate[]::new)
                .column("contract", Row::contractAmount, BigDecimal[]::new)
                .column("contractCurrency", Row::contractCurrency, String[]::new)
                .column("upsell", Row::upsellAmount, BigDecimal[]::new)
                .column("upsellCurrency", Row::upsellCurrency, String[]::new)
                .column("churned", Row::churnedOn, LocalDate[]::new)
                .column("firstLead", Row::firstLeadOn, LocalDate[]::new)
                .column("engaged", Row::socialEngagedOn, LocalDate[]::new)
                .upsert();
    }

    /** The batch as parallel arrays, one element per customer; a person key recorded before is replaced. */
    static final String UPSERT_ALL = """
            insert into customer (id, workspace_id, person_key, became_customer_on, contract_amount, contract_currency,
              upsell_amount, upsell_currency, churned_on, first_lead_on, social_engaged_on, created_by)
            select nextval('customer_id_seq'), :ws, r.person_key, r.became, r.contract, r.contract_currency, r.upsell,
              r.upsell_currency, r.churned, r.first_lead, r.engaged, :by
            from unnest(cast(:person as varchar[]), cast(:became as date[]), cast(:contract as numeric[]),
                   cast(:contractCurrency as varchar[]), cast(:upsell as numeric[]), cast(:upsellCurrency as varchar[]),
                   cast(:churned as date[]), cast(:firstLead as date[]), cast(:engaged as date[]))
              as r(person_key, became, contract, contract_currency, upsell, upsell_currency, churned, first_lead,
                   engaged)
            on conflict (workspace_id, person_key) do update
              set became_customer_on = excluded.became_customer_on, contract_amount = excluded.contract_amount,
                contract_currency = excluded.contract_currency, upsell_amount = excluded.upsell_amount,
                upsell_currency = excluded.upsell_currency, churned_on = excluded.churned_on,
                first_lead_on = excluded.first_lead_on, social_engaged_on = excluded.social_engaged_on,
                updated_at = now()
            %s""".formatted(Upserts.RETURNING_INSERTED);
}
