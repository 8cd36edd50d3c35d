package io.socialroi.money;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.socialroi.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "exchange_rate")
public class ExchangeRateEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exchange_rate_id")
    @SequenceGenerator(name = "exchange_rate_id", sequenceName = "exchange_rate_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    public String base;
    public String quote;
    public BigDecimal rate;
    @Column(name = "valid_from")
    public LocalDate validFrom;
}
