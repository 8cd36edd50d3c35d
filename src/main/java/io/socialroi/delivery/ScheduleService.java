package io.socialroi.delivery;

import java.net.URI;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.socialroi.common.Echo;
import io.socialroi.common.GlobalId;
import io.socialroi.common.InputErrors;
import io.socialroi.common.TimeZones;
import io.socialroi.common.UserErrorCode;
import io.socialroi.workspace.CurrentWorkspace;

/** Saves, replaces, lists and deletes the current workspace's schedules, and reads its delivery log. */
@ApplicationScoped
public class ScheduleService {

    static final int MAX_RECIPIENTS = 20;
    /** Deliveries listed at most in one answer. */
    static final int MAX_LOG = 100;
    private static final Pattern LOCAL_TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    /** Enough of RFC 5321 to refuse typos: one @, a dot in the domain, no spaces, commas or angle brackets. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,<>\"]{1,64}@[^@\\s,<>\"]+\\.[^@\\s,<>\"]+");

    @Inject
    CurrentWorkspace workspace;
    @Inject
    SavedReportService savedReports;
    @Inject
    WebhookTargets webhooks;
    @Inject
    Clock clock;

    public List<Schedule> list() {
        return DeliveryScheduleEntity.<DeliveryScheduleEntity>list("workspaceId = ?1 order by id", workspace.id()).stream()
                .map(Schedule::of).toList();
    }

    public Optional<Schedule> find(long id) {
        return findEntity(id).map(Schedule::of);
    }

    private Optional<DeliveryScheduleEntity> findEntity(long id) {
        return DeliveryScheduleEntity.<DeliveryScheduleEntity>find("id = ?1 and workspaceId = ?2", id, workspace.id())
                .firstResultOptional();
    }

    /** The delivery log, newest occurrence first; of one schedule when scheduleId is given. */
    public List<Delivery> deliveries(String scheduleId, Integer first) {
        int size = first == null ? 20 : Math.max(0, Math.min(first, MAX_LOG));
        if (scheduleId == null) {
            return DeliveryEntity.<DeliveryEntity>find("workspaceId = ?1 order by dueAt desc, id desc", workspace.id())
                    .page(0, size).list().stream().map(Delivery::of).toList();
        }
        long id = GlobalId.decode(Schedule.TYPE, scheduleId).orElse(-1L);
        return DeliveryEntity.<DeliveryEntity>find("workspaceId = ?1 and scheduleId = ?2 order by dueAt desc, id desc",
                workspace.id(), id).page(0, size).list().stream().map(Delivery::of).toList();
    }

    @Transactional
    public Schedule create(ScheduleInput input) {
        InputErrors errors = new InputErrors("input");
        DeliveryScheduleEntity e = new DeliveryScheduleEntity();
        e.workspaceId = workspace.id();
        define(e, input, errors);
        errors.throwIfAny();
        e.persist();
        return Schedule.of(e);
    }

    @Transactional
    public Schedule update(UpdateScheduleInput input) {
        InputErrors errors = new InputErrors("input");
        DeliveryScheduleEntity e = existing(input.id, errors);
        errors.throwIfAny();
        define(e, input.schedule, errors.at("schedule"));
        errors.throwIfAny();
        return Schedule.of(e);
    }

    @Transactional
    public String delete(DeleteScheduleInput input) {
        InputErrors errors = new InputErrors("input");
        DeliveryScheduleEntity e = existing(input.id, errors);
        errors.throwIfAny();
        e.delete();
        return input.id;
    }

    private DeliveryScheduleEntity existing(String globalId, InputErrors errors) {
        Long id = GlobalId.decodeOrReport(Schedule.TYPE, globalId, errors, "id");
        if (id == null) {
            return null;
        }
        return findEntity(id).orElseGet(() -> {
            errors.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(Schedule.TYPE, Echo.of(globalId)), "id");
            return null;
        });
    }

    private void define(DeliveryScheduleEntity e, ScheduleInput input, InputErrors errors) {
        if (input == null) {
            errors.add(UserErrorCode.REQUIRED, "A schedule needs its settings.");
            return;
        }
        SavedReportEntity report = savedReports.existing(input.savedReportId, errors, "savedReportId");
        if (report != null) {
            e.savedReportId = report.id;
        }
        e.frequency = input.frequency;
        e.dayOfWeek = null;
        e.dayOfMonth = null;
        if (input.frequency == null) {
            errors.add(UserErrorCode.REQUIRED, "A schedule needs a frequency.", "frequency");
        } else {
            days(e, input, errors);
        }
        e.localTime = localTime(input.localTime, errors);
        e.timeZone = input.timeZone == null ? workspace.entity().timeZone
                : TimeZones.check(input.timeZone, errors, "timeZone");
        e.channel = input.channel;
        e.recipients = null;
        e.webhookUrl = null;
        e.webhookFormat = null;
        if (input.channel == null) {
            errors.add(UserErrorCode.REQUIRED, "A schedule needs a channel.", "channel");
        } else if (input.channel == DeliveryChannel.EMAIL) {
            e.recipients = recipients(input.recipients, errors);
            if (input.webhookUrl != null || input.webhookFormat != null) {
                errors.add(UserErrorCode.INVALID_VALUE, "webhookUrl and webhookFormat belong to WEBHOOK schedules.",
                        input.webhookUrl != null ? "webhookUrl" : "webhookFormat");
            }
        } else {
            if (input.recipients != null) {
                errors.add(UserErrorCode.INVALID_VALUE, "recipients belong to EMAIL schedules.", "recipients");
            }
            if (input.webhookUrl == null) {
                errors.add(UserErrorCode.REQUIRED, "A WEBHOOK schedule needs a webhookUrl.", "webhookUrl");
            } else {
                URI uri = webhooks.check(input.webhookUrl, errors, "webhookUrl");
                e.webhookUrl = uri == null ? null : uri.toString();
            }
            e.webhookFormat = input.webhookFormat == null ? WebhookFormat.JSON : input.webhookFormat;
        }
        e.skipWhenEmpty = Boolean.TRUE.equals(input.skipWhenEmpty);
        e.active = input.active == null || input.active;
        if (errors.isEmpty()) {
            e.nextDueAt = OffsetDateTime.ofInstant(e.rule().nextAfter(clock.instant()), ZoneOffset.UTC);
        }
    }

    private static void days(DeliveryScheduleEntity e, ScheduleInput input, InputErrors errors) {
        switch (input.frequency) {
            case DAILY -> {
                if (input.dayOfWeek != null || input.dayOfMonth != null) {
                    errors.add(UserErrorCode.INVALID_VALUE, "A DAILY schedule names no day.",
                            input.dayOfWeek != null ? "dayOfWeek" : "dayOfMonth");
                }
            }
            case WEEKLY -> {
                if (input.dayOfWeek == null) {
                    errors.add(UserErrorCode.REQUIRED, "A WEEKLY schedule needs a dayOfWeek.", "dayOfWeek");
                }
                if (input.dayOfMonth != null) {
                    errors.add(UserErrorCode.INVALID_VALUE, "A WEEKLY schedule has no dayOfMonth.", "dayOfMonth");
                }
                e.dayOfWeek = input.dayOfWeek == null ? null : input.dayOfWeek.toDayOfWeek();
            }
            case MONTHLY -> {
                if ((input.dayOfMonth == null) == (input.dayOfWeek == null)) {
                    errors.add(UserErrorCode.INVALID_VALUE, "A MONTHLY schedule needs dayOfMonth or dayOfWeek (the month's"
                            + " first such weekday), not both.", "dayOfMonth");
                } else if (input.dayOfMonth != null && (input.dayOfMonth < 1 || input.dayOfMonth > 31)) {
                    errors.add(UserErrorCode.INVALID_VALUE, "dayOfMonth is 1 to 31.", "dayOfMonth");
                }
                e.dayOfWeek = input.dayOfWeek == null ? null : input.dayOfWeek.toDayOfWeek();
                e.dayOfMonth = input.dayOfMonth;
            }
        }
    }

    private static LocalTime localTime(String text, InputErrors errors) {
        String trimmed = text == null ? "" : text.trim();
        if (LOCAL_TIME.matcher(trimmed).matches()) {
            try {
                return LocalTime.parse(trimmed);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        errors.add(UserErrorCode.INVALID_VALUE, "localTime \"" + Echo.of(trimmed) + "\" is no time such as 08:00.",
                "localTime");
        return null;
    }

    private static String recipients(List<String> addresses, InputErrors errors) {
        if (addresses == null || addresses.isEmpty()) {
            errors.add(UserErrorCode.REQUIRED, "An EMAIL schedule needs at least one recipient.", "recipients");
            return null;
        }
        if (addresses.size() > MAX_RECIPIENTS) {
            errors.add(UserErrorCode.BATCH_TOO_LARGE, "At most " + MAX_RECIPIENTS + " recipients.", "recipients");
            return null;
        }
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            String address = addresses.get(i) == null ? "" : addresses.get(i).trim();
            if (!EMAIL.matcher(address).matches() || address.length() > 254) {
                errors.add(UserErrorCode.INVALID_VALUE, "\"" + Echo.of(address) + "\" is no e-mail address.",
                        "recipients", String.valueOf(i));
            } else if (!valid.contains(address)) {
                valid.add(address);
            }
        }
        return String.join(",", valid);
    }
}
