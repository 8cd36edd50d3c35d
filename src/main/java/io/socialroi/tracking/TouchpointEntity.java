package io.socialroi.tracking;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;

@Entity
@Table(name = "touchpoint")
public class TouchpointEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "touchpoint_id")
    @SequenceGenerator(name = "touchpoint_id", sequenceName = "touchpoint_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Column(name = "person_key")
    public String personKey;
    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;
    @Column(name = "channel_id")
    public long channelId;
    @Column(name = "campaign_id")
    public Long campaignId;
    @Enumerated(EnumType.STRING)
    @Column(name = "media_type")
    public MediaType mediaType;
    @Column(name = "utm_source")
    public String utmSource;
    @Column(name = "utm_medium")
    public String utmMedium;
    @Column(name = "utm_campaign")
    public String utmCampaign;
    @Column(name = "utm_term")
    public String utmTerm;
    /** utm_term as a keyword (Utm.termKey), what earned media value matches keyword prices by. */
    @Column(name = "utm_term_key")
    public String utmTermKey;
    @Column(name = "utm_content")
    public String utmContent;
    @Column(name = "landing_url")
    public String landingUrl;
    @Column(name = "external_id")
    public String externalId;
}
