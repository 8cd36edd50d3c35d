package io.socialroi.tracking;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.socialroi.common.BatchWriter;
import io.socialroi.common.GlobalId;
import io.socialroi.common.IdOrExternalId;
import io.socialroi.common.InputConstraints;
import io.socialroi.common.InputErrors;
import io.socialroi.common.TextInputs;
import io.socialroi.common.UserErrorCode;
import io.socialroi.money.MoneyInputs;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.WritesWorkspaceData;

/**
 * Corrections of recorded touchpoints and conversions: a conversion's revenue (a refund, a corrected amount), and
 * deletes. Each is atomic (any userError: nothing changed) and keeps what is derived in step in its transaction:
 * the conversions whose credits a delete changes are found before it, through {@link TouchpointsDeleting} /
 * {@link ConversionsDeleting} (the touchpoint rows are needed to find them), and credited again after it through
 * {@link ConversionsCorrected}.
 */
@ApplicationScoped
public class CorrectionService {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    InputConstraints constraints;
    @Inject
    EntityManager em;
    @Inject
    Event<TouchpointsDeleting> touchpointsDeleting;
    @Inject
    Event<ConversionsDeleting> conversionsDeleting;
    @Inject
    Event<ConversionsCorrected> conversionsCorrected;

    @Transactional
    @WritesWorkspaceData
    public Conversion updateConversion(UpdateConversionInput input) {
        InputErrors errors = new InputErrors("input");
        constraints.check(input, errors);
        long ws = workspace.id();
        ConversionEntity conversion = IdOrExternalId.find(Conversion.TYPE, input.id, input.externalId, errors,
                id -> ConversionEntity.findInWorkspace(ws, id), stored -> ConversionEntity.findByExternalId(ws, stored));
        MoneyInputs.ValidMoney revenue = MoneyInputs.validate(input.revenue, errors.at("revenue"));
        errors.throwIfAny();
        conversion.revenueAmount = revenue.amount();
        conversion.revenueCurrency = revenue.currency();
        em.flush(); // the re-credit below reads the row
        conversionsCorrected.fire(new ConversionsCorrected(ws, List.of(conversion.id)));
        return new Conversion(conversion);
    }

    @Transactional
    @WritesWorkspaceData
    public int deleteConversions(DeleteConversionsInput input) {
        InputErrors errors = new InputErrors("input");
        long ws = workspace.id();
        List<String> ids = input.ids == null ? List.of() : input.ids;
        List<String> externalIds = input.externalIds == null ? List.of() : input.externalIds;
        if (ids.isEmpty() && externalIds.isEmpty()) {
            errors.add(UserErrorCode.REQUIRED, "Give the ids or externalIds of the conversions to delete.", "ids");
            errors.throwIfAny();
        }
        BatchWriter.checkSize(concat(ids, externalIds), errors);
        // first item by item, then the look-ups (one statement per kind) reported item by item, as batch writers do
        List<Long> decoded = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            decoded.add(GlobalId.decodeOrReport(Conversion.TYPE, ids.get(i), errors, "ids", String.valueOf(i)));
        }
        List<String> valid = checkExternalIds(externalIds, errors);
        Set<Long> existing = new HashSet<>(ConversionEntity.existingIds(ws, decoded.stream().filter(id -> id != null).toList()));
        Map<String, Long> byExternalId = valid.isEmpty() ? Map.of() : ConversionEntity.idsByExternalId(ws, valid);
        Set<Long> doomed = new LinkedHashSet<>();
        for (int i = 0; i < decoded.size(); i++) {
            if (decoded.get(i) == null) {
                continue; // INVALID_ID already
            }
            if (existing.contains(decoded.get(i))) {
                doomed.add(decoded.get(i));
            } else {
                errors.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(Conversion.TYPE, ids.get(i)), "ids", String.valueOf(i));
            }
        }
        found(externalIds, byExternalId, Conversion.TYPE, doomed, errors);
        errors.throwIfAny();

        List<Long> doomedIds = List.copyOf(doomed);
        Set<Long> toCredit = new HashSet<>();
        conversionsDeleting.fire(new ConversionsDeleting(ws, doomedIds, toCredit));
        long deleted = ConversionEntity.deleteByIds(ws, doomedIds);
        conversionsCorrected.fire(new ConversionsCorrected(ws, toCredit));
        return Math.toIntExact(deleted);
    }

    @Transactional
    @WritesWorkspaceData
    public int deleteTouchpoints(DeleteTouchpointsInput input) {
        InputErrors errors = new InputErrors("input");
        long ws = workspace.id();
        boolean byRange = input.personKey != null || input.from != null || input.to != null;
        List<Long> doomed;
        if (input.externalIds != null && byRange) {
            errors.add(UserErrorCode.INVALID_VALUE, "Give externalIds, or personKey with from and to, not both.",
                    "externalIds");
            errors.throwIfAny();
        }
        if (input.externalIds != null) {
            doomed = touchpointsByExternalIds(ws, input.externalIds, errors);
        } else {
            doomed = touchpointsOfPerson(ws, input, errors);
        }
        errors.throwIfAny();

        Set<Long> toCredit = new HashSet<>();
        touchpointsDeleting.fire(new TouchpointsDeleting(ws, doomed, toCredit));
        long deleted = TouchpointEntity.deleteByIds(ws, doomed);
        conversionsCorrected.fire(new ConversionsCorrected(ws, toCredit));
        return Math.toIntExact(deleted);
    }

    private List<Long> touchpointsByExternalIds(long ws, List<String> externalIds, InputErrors errors) {
        if (externalIds.isEmpty()) {
            errors.add(UserErrorCode.REQUIRED, "Give the externalIds of the touchpoints to delete.", "externalIds");
        }
        BatchWriter.checkSize(externalIds, errors);
        List<String> valid = checkExternalIds(externalIds, errors);
        Map<String, Long> byExternalId = valid.isEmpty() ? Map.of() : TouchpointEntity.idsByExternalId(ws, valid);
        Set<Long> doomed = new LinkedHashSet<>();
        found(externalIds, byExternalId, Touchpoint.TYPE, doomed, errors);
        return List.copyOf(doomed);
    }

    /** Adds the id of each external id found to {@code doomed}; NOT_FOUND at each one not found (blank: REQUIRED already). */
    private static void found(List<String> externalIds, Map<String, Long> byExternalId, String type, Set<Long> doomed,
            InputErrors errors) {
        for (int i = 0; i < externalIds.size(); i++) {
            String externalId = externalIds.get(i);
            if (externalId == null || externalId.isBlank()) {
                continue;
            }
            Long id = byExternalId.get(externalId.trim());
            if (id != null) {
                doomed.add(id);
            } else {
                errors.add(UserErrorCode.NOT_FOUND, IdOrExternalId.notFoundByExternalId(type, externalId),
                        "externalIds", String.valueOf(i));
            }
        }
    }

    private static List<Long> touchpointsOfPerson(long ws, DeleteTouchpointsInput input, InputErrors errors) {
        if (input.personKey == null || input.personKey.isBlank()) {
            errors.add(UserErrorCode.REQUIRED, TouchpointInput.PERSON_KEY_REQUIRED, "personKey");
        } else {
            TextInputs.check(input.personKey.trim(), 200, errors, "personKey");
        }
        OffsetDateTime from = input.from == null ? null : TrackingService.dateTime(input.from, errors, "from");
        OffsetDateTime to = input.to == null ? null : TrackingService.dateTime(input.to, errors, "to");
        if (input.from == null) {
            errors.add(UserErrorCode.REQUIRED, "from goes with personKey: the first instant to delete.", "from");
        }
        if (input.to == null) {
            errors.add(UserErrorCode.REQUIRED, "to goes with personKey: the instant after the last to delete.", "to");
        }
        if (from != null && to != null && !to.isAfter(from)) {
            errors.add(UserErrorCode.END_BEFORE_START, "to must come after from.", "to");
        }
        if (!errors.isEmpty()) {
            return List.of();
        }
        return TouchpointEntity.idsOfPerson(ws, input.personKey.trim(), from, to);
    }

    /** Reports blank and over-long external ids; the others, trimmed and distinct, to look up. */
    private static List<String> checkExternalIds(List<String> externalIds, InputErrors errors) {
        List<String> valid = new ArrayList<>();
        for (int i = 0; i < externalIds.size(); i++) {
            String externalId = externalIds.get(i);
            if (externalId == null || externalId.isBlank()) {
                errors.add(UserErrorCode.REQUIRED, "An externalId cannot be blank.", "externalIds", String.valueOf(i));
            } else {
                TextInputs.check(externalId.trim(), 200, errors, "externalIds", String.valueOf(i));
                valid.add(externalId.trim());
            }
        }
        return valid.stream().distinct().toList();
    }

    private static List<Object> concat(List<?> a, List<?> b) {
        List<Object> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
