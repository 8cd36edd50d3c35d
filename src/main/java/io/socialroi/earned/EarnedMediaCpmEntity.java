package io.socialroi.earned;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;
import io.socialroi.tracking.MediaType;

/**
 * The price of 1,000 OWNED or EARNED impressions, workspace-wide (channelId null) or for one channel. The table
 * has no id column: its key is the unique index (workspace_id, media_type, coalesce(channel_id, 0)), mapped here
 * as a composite id. Hibernate loads no entity whose id has a null part, so the workspace-wide price is read and
 * written by SQL (EarnedMediaDataService), never found through this entity.
 */
@Entity
@Table(name = "earned_media_cpm")
@IdClass(EarnedMediaCpmEntity.Key.class)
public class EarnedMediaCpmEntity extends AuditedEntity {

    public static class Key implements Serializable {
        public Long workspaceId;
        public MediaType mediaType;
        public Long channelId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(workspaceId, k.workspaceId)
                    && mediaType == k.mediaType && Objects.equals(channelId, k.channelId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workspaceId, mediaType, channelId);
        }
    }

    @Id
    @Column(name = "workspace_id")
    public Long workspaceId;
    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "media_type")
    public MediaType mediaType;
    /** Null: the workspace-wide price. */
    @Id
    @Column(name = "channel_id")
    public Long channelId;
    public BigDecimal amount;
    public String currency;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
