package io.socialroi.workspace;

import io.socialroi.common.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "workspace")
public class WorkspaceEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workspace_id")
    @SequenceGenerator(name = "workspace_id", sequenceName = "workspace_id_seq", allocationSize = 50)
    public Long id;
    public String slug;
    public String name;
    @Column(name = "reporting_currency")
    public String reportingCurrency;
    /** IANA zone id (Europe/Berlin); UTC until an ADMIN sets one. */
    @Column(name = "time_zone")
    public String timeZone = "UTC";
}
