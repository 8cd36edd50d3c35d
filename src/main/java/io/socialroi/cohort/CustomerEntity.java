package io.socialroi.cohort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;

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
}
