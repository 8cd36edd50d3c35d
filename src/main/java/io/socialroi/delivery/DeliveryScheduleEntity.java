package io.socialroi.delivery;

import java.time.DayOfWeek;
import java.time.LocalTime;
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
import io.socialroi.common.TimeZones;

/** When and where a saved report is delivered (docs/delivery.md). */
@Entity
@Table(name = "delivery_schedule")
public class DeliveryScheduleEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delivery_schedule_id")
    @SequenceGenerator(name = "delivery_schedule_id", sequenceName = "delivery_schedule_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Column(name = "saved_report_id")
    public long savedReportId;
    @Enumerated(EnumType.STRING)
    public Frequency frequency;
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week")
    public DayOfWeek dayOfWeek;
    @Column(name = "day_of_month")
    public Integer dayOfMonth;
    @Column(name = "local_time")
    public LocalTime localTime;
    @Column(name = "time_zone")
    public String timeZone;
    @Enumerated(EnumType.STRING)
    public DeliveryChannel channel;
    /** EMAIL: addresses, comma-separated. */
    public String recipients;
    @Column(name = "webhook_url")
    public String webhookUrl;
    @Enumerated(EnumType.STRING)
    @Column(name = "webhook_format")
    public WebhookFormat webhookFormat;
    @Column(name = "skip_when_empty")
    public boolean skipWhenEmpty;
    public boolean active = true;
    @Column(name = "next_due_at")
    public OffsetDateTime nextDueAt;

    ScheduleRule rule() {
        return new ScheduleRule(frequency, dayOfWeek, dayOfMonth, localTime, TimeZones.of(timeZone));
    }

    /** Where a delivery goes, as the log shows it. */
    String destination() {
        return channel == DeliveryChannel.EMAIL ? recipients : webhookUrl;
    }
}
