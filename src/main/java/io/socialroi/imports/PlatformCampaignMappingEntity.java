package io.socialroi.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;

/** A platform's campaign (by id, or by name when files carry no id) recorded on one of the workspace's campaigns. */
@Entity
@Table(name = "platform_campaign_mapping")
public class PlatformCampaignMappingEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_campaign_mapping_id")
    @SequenceGenerator(name = "platform_campaign_mapping_id", sequenceName = "platform_campaign_mapping_id_seq",
            allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    public String platform;
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "platform_campaign")
    public String platformCampaign;
    @Column(name = "platform_campaign_key")
    public String platformCampaignKey;
    @Column(name = "campaign_id")
    public long campaignId;
}
