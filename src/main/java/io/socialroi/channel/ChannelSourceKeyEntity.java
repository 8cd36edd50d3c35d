package io.socialroi.channel;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A name by which utm_source may refer to a channel: its own name or one of its aliases. */
@Entity
@Table(name = "channel_source_key")
public class ChannelSourceKeyEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "channel_source_key_id")
    @SequenceGenerator(name = "channel_source_key_id", sequenceName = "channel_source_key_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Column(name = "channel_id")
    public long channelId;
    /** Lower-cased, trimmed: what utm_source is compared with. */
    @Column(name = "source_key")
    public String sourceKey;
    /** As the user wrote it. */
    public String label;
    @Column(name = "is_name")
    public boolean isName;
}
