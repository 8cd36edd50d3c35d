package io.socialroi.audience;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.socialroi.campaign.CampaignService;
import io.socialroi.common.AuditedEntity;
import io.socialroi.common.BatchReferences;
import io.socialroi.common.BatchWriter;
import io.socialroi.common.BatchWriter.DuplicateKey;
import io.socialroi.common.BatchWriter.References;
import io.socialroi.common.DateInputs;
import io.socialroi.common.Echo;
import io.socialroi.common.InputConstraints;
import io.socialroi.common.InputErrors;
import io.socialroi.common.UserErrorCode;
import io.socialroi.common.Upserts;
import io.socialroi.money.MoneyInputs;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.WritesWorkspaceData;

/**
 * Records audience snapshots as one atomic batch. Each dimension given is a distribution: shares between 0 and 100
 * that add up to 100 ± {@link #TOLERANCE} (platforms round each share), no segment twice. A dimension sent again for
 * the same channel and date replaces the one recorded.
 */
@ApplicationScoped
public class AudienceService {

    /** How far from 100 the shares of a dimension may add up: the platforms round each share to 0.1 or 1 %. */
    public static final BigDecimal TOLERANCE = new BigDecimal("0.5");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Inject
    CurrentWorkspace workspace;
    @Inject
    CampaignService campaigns;
    @Inject
    BatchWriter batches;
    @Inject
    InputConstraints constraints;
    @Inject
    EntityManager em;

    /** A snapshot checked: its channel, day and rows. */
    private record Checked(Long channel, LocalDate day, List<AudienceShareEntity.Row> rows) {
    }

    @Transactional
    @WritesWorkspaceData
    public Upserts record(List<AudienceSnapshotInput> items) {
        BatchReferences refs = campaigns.batchReferences(items.size());
        return batches.write(items, new BatchWriter.Feature<AudienceSnapshotInput, Checked, Upserts>() {
            @Override
            public Checked check(int i, AudienceSnapshotInput item, InputErrors at) {
                LocalDate day = DateInputs.parsed(item.date, at, "date");
                Map<AudienceDimension, List<AudienceShareInput>> dimensions = dimensions(item);
                if (dimensions.isEmpty()) {
                    at.add(UserErrorCode.REQUIRED, "A snapshot needs at least one dimension (ageBands, genders,"
                            + " countries, cities or languages).", "ageBands");
                }
                List<AudienceShareEntity.Row> rows = new ArrayList<>();
                Long channel = refs.channel(i);
                dimensions.forEach((dimension, shares) -> rows.addAll(
                        distribution(channel, day, dimension, shares, at.at(field(dimension)))));
                return new Checked(channel, day, rows);
            }

            @Override
            public References<AudienceSnapshotInput> references() {
                return new References<>(refs, item -> item.channelId, item -> null);
            }

            @Override
            public DuplicateKey key(Checked snapshot) {
                return new DuplicateKey(snapshot.channel() + "|" + snapshot.day(), "The same channel and date", "date");
            }

            @Override
            public Upserts write(List<Checked> snapshots) {
                List<AudienceShareEntity.Row> rows = snapshots.stream().flatMap(s -> s.rows().stream()).toList();
                return counted(rows, AudienceShareEntity.replaceAll(em, workspace.id(), AuditedEntity.currentSubject(),
                        null, rows));
            }
        });
    }

    /** The snapshots of the rows: each replaced one (it had a dimension recorded before) or new. */
    public static Upserts counted(List<AudienceShareEntity.Row> rows, Set<AudienceShareEntity.Snapshot> replaced) {
        Upserts upserts = new Upserts();
        Set<AudienceShareEntity.Snapshot> seen = new HashSet<>();
        for (AudienceShareEntity.Row row : rows) {
            AudienceShareEntity.Snapshot snapshot = new AudienceShareEntity.Snapshot(row.channelId(), row.day());
            if (seen.add(snapshot)) {
                upserts.count(!replaced.contains(snapshot));
            }
        }
        return upserts;
    }

    /** The dimensions an item gives, in a fixed order. */
    private static Map<AudienceDimension, List<AudienceShareInput>> dimensions(AudienceSnapshotInput item) {
        Map<AudienceDimension, List<AudienceShareInput>> dimensions = new LinkedHashMap<>();
        put(dimensions, AudienceDimension.AGE_BAND, item.ageBands);
        put(dimensions, AudienceDimension.GENDER, item.genders);
        put(dimensions, AudienceDimension.COUNTRY, item.countries);
        put(dimensions, AudienceDimension.CITY, item.cities);
        put(dimensions, AudienceDimension.LANGUAGE, item.languages);
        return dimensions;
    }

    private static void put(Map<AudienceDimension, List<AudienceShareInput>> dimensions, AudienceDimension dimension,
            List<AudienceShareInput> shares) {
        if (shares != null) {
            dimensions.put(dimension, shares);
        }
    }

    /** The input field of a dimension. */
    static String field(AudienceDimension dimension) {
        return switch (dimension) {
            case AGE_BAND -> "ageBands";
            case GENDER -> "genders";
            case COUNTRY -> "countries";
            case CITY -> "cities";
            case LANGUAGE -> "languages";
        };
    }

    /**
     * One dimension's rows, or none after adding the problems at {@code at}: each share a percentage between 0 and
     * 100, no segment twice (whatever its case), the shares adding up to 100 ± {@link #TOLERANCE}.
     */
    List<AudienceShareEntity.Row> distribution(Long channel, LocalDate day, AudienceDimension dimension,
            List<AudienceShareInput> shares, InputErrors at) {
        List<AudienceShareEntity.Row> rows = new ArrayList<>();
        Set<String> segments = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        int before = at.size();
        for (int j = 0; j < shares.size(); j++) {
            AudienceShareInput share = shares.get(j);
            InputErrors shareAt = at.at(String.valueOf(j));
            constraints.check(share, shareAt);
            String segment = segment(share.segment);
            BigDecimal value = share.share == null ? null
                    : MoneyInputs.decimal(share.share.text(), shareAt, "share");
            if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
                shareAt.add(UserErrorCode.INVALID_VALUE, "A share is a percentage between 0 and 100 (got "
                        + Echo.of(share.share) + ").", "share");
                value = null;
            }
            if (segment != null && !segment.isEmpty() && !segments.add(segment.toLowerCase(Locale.ROOT))) {
                shareAt.add(UserErrorCode.DUPLICATE, "Segment \"" + Echo.of(segment) + "\" is already in this"
                        + " dimension.", "segment");
            }
            if (value != null) {
                sum = sum.add(value);
                rows.add(new AudienceShareEntity.Row(channel == null ? 0 : channel, day, dimension, segment, value));
            }
        }
        if (at.size() == before && !shares.isEmpty() && sum.subtract(HUNDRED).abs().compareTo(TOLERANCE) > 0) {
            at.add(UserErrorCode.SHARES_NOT_100, "The shares add up to " + sum.toPlainString() + " %, not 100 % (± "
                    + TOLERANCE + ").");
        }
        if (shares.isEmpty()) {
            at.add(UserErrorCode.REQUIRED, "A dimension sent needs its segments; leave it out to keep the recorded one.");
        }
        return rows;
    }

    /** A segment as stored and compared: trimmed, inner spaces single, an en or em dash a hyphen ("18–24" is "18-24"). */
    public static String segment(String text) {
        return text == null ? null : text.trim().replaceAll("\\s+", " ").replace('\u2013', '-').replace('\u2014', '-');
    }
}
