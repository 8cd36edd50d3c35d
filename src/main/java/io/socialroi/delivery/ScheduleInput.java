package io.socialroi.delivery;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.smallrye.graphql.api.Nullable;

@Input("ScheduleInput")
@Description("When and where a saved report is delivered (docs/delivery.md).")
public class ScheduleInput {
    @NonNull
    @Id
    public String savedReportId;
    @NonNull
    public Frequency frequency;
    @Description("WEEKLY: the weekday (required). MONTHLY: the month's first such weekday, instead of dayOfMonth.")
    public Weekday dayOfWeek;
    @Description("MONTHLY: 1 to 31, clipped to the month's last day (31: always the last day).")
    public Integer dayOfMonth;
    @NonNull
    @Description("The local time of day, HH:MM (24 hours).")
    public String localTime;
    @Description("IANA time zone of localTime; default: the workspace's.")
    public String timeZone;
    @NonNull
    public DeliveryChannel channel;
    @Nullable
    @Description("EMAIL: 1 to 20 addresses.")
    public List<@NonNull String> recipients;
    @Description("WEBHOOK: an http(s) URL on a public host (see docs/delivery.md for the SSRF rule).")
    public String webhookUrl;
    @Description("WEBHOOK: JSON (default) or SLACK.")
    public WebhookFormat webhookFormat;
    @Description("Send nothing (status SKIPPED) when the report has no row. Default false.")
    public Boolean skipWhenEmpty;
    @Description("Default true; a paused schedule keeps its settings and delivers nothing.")
    public Boolean active;
}
