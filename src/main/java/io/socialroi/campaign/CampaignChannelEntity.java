package io.socialroi.campaign;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A channel a campaign runs on. */
@Entity
@Table(name = "campaign_channel")
@IdClass(CampaignChannelEntity.Key.class)
public class CampaignChannelEntity extends PanacheEntityBase {

    public static class Key implements Serializable {
        public Long campaignId;
        public Long channelId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(campaignId, k.campaignId) && Objects.equals(channelId, k.channelId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(campaignId, channelId);
        }
    }

    @Column(name = "workspace_id")
    public long workspaceId;
    @Id
    @Column(name = "campaign_id")
    public Long campaignId;
    @Id
    @Column(name = "channel_id")
    public Long channelId;
}
