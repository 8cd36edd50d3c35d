package io.socialroi.campaign;

import java.io.Serializable;
import java.util.Collection;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
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

    /**
     * Makes {@code channelIds} the channels of a campaign: two statements (one delete, one insert of all the
     * channels) for any number of channels. The campaign must be flushed before.
     */
    public static void replaceAll(EntityManager em, long workspaceId, long campaignId, Collection<Long> channelIds) {
        em.createNativeQuery(DELETE_ALL).setParameter("ws", workspaceId).setParameter("campaign", campaignId)
                .executeUpdate();
        if (channelIds.isEmpty()) {
            return;
        }
        em.createNativeQuery(INSERT_ALL).setParameter("ws", workspaceId).setParameter("campaign", campaignId)
                .setParameter("channels", channelIds.toArray(Long[]::new)).executeUpdate();
    }

    static final String DELETE_ALL = """
            delete from campaign_channel where campaign_id = :campaign and workspace_id = :ws""";

    /** One row per distinct channel of the array. */
    static final String INSERT_ALL = """
            insert into campaign_channel (workspace_id, campaign_id, channel_id)
            select distinct :ws, :campaign, ch
            from unnest(cast(:channels as bigint[])) as ch""";
}
