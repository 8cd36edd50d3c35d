package io.socialroi.imports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.socialroi.audience.AudienceDimension;
import io.socialroi.audience.AudienceService;
import io.socialroi.audience.AudienceShareEntity;
import io.socialroi.campaign.CampaignObjective;
import io.socialroi.campaign.CampaignService;
import io.socialroi.campaign.CreateCampaignInput;
import io.socialroi.channel.Channel;
import io.socialroi.common.AuditedEntity;
import io.socialroi.common.DateScalar;
import io.socialroi.common.Upserts;
import io.socialroi.content.PostEntity;
import io.socialroi.cost.CostCategory;
import io.socialroi.cost.CostEntryEntity;
import io.socialroi.imports.file.AdDayRow;
import io.socialroi.imports.file.AudienceRow;
import io.socialroi.imports.file.CostSheetRow;
import io.socialroi.imports.file.DealRow;
import io.socialroi.imports.file.Detected;
import io.socialroi.imports.file.ImportFileReader;
import io.socialroi.imports.file.ImportRow;
import io.socialroi.imports.file.LineError;
import io.socialroi.imports.file.PostRow;
import io.socialroi.imports.file.ReadOptions;
import io.socialroi.imports.file.RowSink;
import io.socialroi.imports.file.TouchpointRow;
import io.socialroi.tracking.ConversionEntity;
import io.socialroi.tracking.ConversionType;
import io.socialroi.tracking.ConversionsRecorded;
import io.socialroi.tracking.TouchpointEntity;
import io.socialroi.tracking.TouchpointsRecorded;
import io.socialroi.tracking.Utm;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.WritesWorkspaceData;

/**
 * The second pass of an import, in one transaction: creates the campaigns CREATE_CAMPAIGNS asked for (and stores
 * their mappings), reads the file again and writes its rows in batches of {@value #BATCH}, each batch one set-based
 * statement per table. Conversions and touchpoints announce themselves like the GraphQL recorders' (the stored
 * credits follow in the same transaction).
 */
@ApplicationScoped
public class ImportWriter {

    static final int BATCH = 5_000;

    @Inject
    CurrentWorkspace workspace;
    @Inject
    CampaignService campaigns;
    @Inject
    ImportQueries queries;
    @Inject
    EntityManager em;
    @Inject
    Event<TouchpointsRecorded> touchpointsRecorded;
    @Inject
    Event<ConversionsRecorded> conversionsRecorded;

    /** What the batches wrote. */
    static final class Written {
        int written;
        int replaced;
        int skipped;
    }

    @Transactional
    @WritesWorkspaceData
    public ImportRunEntity write(ImportRunEntity run, Path file, Detected detected, ReadOptions options,
            ImportPlan plan, ImportRequest request) {
        long ws = workspace.id();
        run.workspaceId = ws;
        run.persist();
        em.flush();
        Map<Origin, ImportPlan.Target> targets = createCampaigns(plan.targets());
        Written written = new Written();
        String by = AuditedEntity.currentSubject();
        Batches batches = new Batches(ws, run.id, by, targets, options.defaultCurrency(), request, written);
        ImportFileReader.read(file, detected, options, batches);
        batches.flush();
        run.rowsWritten = written.written;
        run.rowsReplaced = written.replaced;
        return run;
    }

    /** Creates the campaigns to create (one per name), stores their mappings, and gives every origin its campaign. */
    private Map<Origin, ImportPlan.Target> createCampaigns(Map<Origin, ImportPlan.Target> planned) {
        Map<String, Long> createdByName = new HashMap<>();
        Map<Origin, ImportPlan.Target> targets = new LinkedHashMap<>();
        planned.forEach((origin, target) -> {
            if (target.createName() == null) {
                targets.put(origin, target);
                return;
            }
            Long campaign = createdByName.computeIfAbsent(target.createName().toLowerCase(Locale.ROOT), key -> {
                CreateCampaignInput input = new CreateCampaignInput();
                input.name = target.createName();
                input.objective = CampaignObjective.CONVERSION;
                input.startDate = new DateScalar(LocalDate.now(ZoneOffset.UTC).toString());
                input.channelIds = target.channelId() == null ? List.of() : List.of(Channel.globalId(target.channelId()));
                return campaigns.create(input).databaseId();
            });
            if (origin.mappingKey() != null) {
                PlatformCampaignMappingEntity mapping = new PlatformCampaignMappingEntity();
                mapping.workspaceId = workspace.id();
                mapping.platform = origin.platform();
                mapping.accountId = origin.accountId();
                mapping.platformCampaign = origin.campaignId() != null ? origin.campaignId() : origin.campaignName().trim();
                mapping.platformCampaignKey = origin.mappingKey();
                mapping.campaignId = campaign;
                if (PlatformCampaignMappingEntity.count("workspaceId = ?1 and platform = ?2 and accountId = ?3"
                        + " and platformCampaignKey = ?4", mapping.workspaceId, mapping.platform, mapping.accountId,
                        mapping.platformCampaignKey) == 0) {
                    mapping.persist();
                }
            }
            targets.put(origin, new ImportPlan.Target(target.channelId(), campaign, null, MatchKind.CREATED));
        });
        return targets;
    }

    /** Collects the checked rows of the second pass and writes them a batch at a time. */
    private final class Batches implements RowSink {
        final long ws;
        final long importId;
        final String by;
        final Map<Origin, ImportPlan.Target> targets;
        final String defaultCurrency;
        final ImportRequest request;
        final Written written;
        final List<ImportRow> batch = new ArrayList<>();
        /** An audience file's segments by snapshot (channel, day), written at the end so none is split. */
        final Map<AudienceShareEntity.Snapshot, Map<String, AudienceShareEntity.Row>> snapshots = new LinkedHashMap<>();

        Batches(long ws, long importId, String by, Map<Origin, ImportPlan.Target> targets, String defaultCurrency,
                ImportRequest request, Written written) {
            this.ws = ws;
            this.importId = importId;
            this.by = by;
            this.targets = targets;
            this.defaultCurrency = defaultCurrency;
            this.request = request;
            this.written = written;
        }

        @Override
        public void row(ImportRow row) {
            if (row instanceof AudienceRow share) {
                collect(share);
                return;
            }
            batch.add(row);
            if (batch.size() == BATCH) {
                flush();
            }
        }

        @Override
        public void error(LineError error) {
            // the first pass found none: the file cannot have changed in between (it is the service's own copy)
            throw new IllegalStateException("line " + error.line() + " failed on the second pass");
        }

        void flush() {
            if (batch.isEmpty()) {
                writeAudiences();
                return;
            }
            if (batch.get(0) instanceof AdDayRow) {
                writeAdDays();
            } else if (batch.get(0) instanceof CostSheetRow) {
                writeCostSheet();
            } else if (batch.get(0) instanceof DealRow) {
                writeDeals();
            } else if (batch.get(0) instanceof PostRow) {
                writePosts();
            } else {
                writeTouchpoints();
            }
            batch.clear();
        }

        private ImportPlan.Target target(ImportRow row) {
            return targets.get(ImportScan.checked(row, defaultCurrency, request.stageMapping(), new ArrayList<>()));
        }

        private void writeAdDays() {
            Map<String, CostEntryEntity.ImportedRow> costs = new LinkedHashMap<>();
            Map<String, ImportedAdDayEntity.Row> days = new LinkedHashMap<>();
            for (ImportRow row : batch) {
                AdDayRow ad = (AdDayRow) row;
                Origin origin = ImportScan.checked(ad, defaultCurrency, request.stageMapping(), new ArrayList<>());
                ImportPlan.Target target = targets.get(origin);
                String key = String.join("|", "ad", origin.platform(), origin.accountId(), origin.mappingKey(),
                        ad.day().toString());
                // a key twice in a file: the later row wins, as a later file does
                costs.put(key, new CostEntryEntity.ImportedRow(key, target.campaignId(), target.channelId(),
                        CostCategory.AD_SPEND, ad.spend() == null ? BigDecimal.ZERO : ad.spend(),
                        ImportScan.currency(ad.currency(), defaultCurrency), ad.day(),
                        description(origin.platform() + ": " + origin.shownName())));
                Long clicks = ad.clicks() != null ? ad.clicks() : ad.linkClicks();
                days.put(key, new ImportedAdDayEntity.Row(key, target.channelId(), target.campaignId(), ad.day(),
                        orZero(ad.impressions()), orZero(ad.reach()), orZero(clicks)));
            }
            Set<ImportedAdDayEntity.Target> earlier = new LinkedHashSet<>(
                    ImportedAdDayEntity.targetsOfKeys(em, ws, days.keySet()));
            Upserts upserts = ImportedAdDayEntity.upsertAll(em, ws, importId, List.copyOf(days.values()));
            CostEntryEntity.upsertImported(em, ws, importId, by, List.copyOf(costs.values()));
            Set<ImportedAdDayEntity.Target> refreshed = new LinkedHashSet<>(earlier);
            days.values().forEach(d -> refreshed.add(new ImportedAdDayEntity.Target(d.channelId(), d.campaignId(), d.day())));
            // only an earlier target of these keys that none of them has now can be left without figures
            Set<ImportedAdDayEntity.Target> mayBeEmpty = new LinkedHashSet<>(earlier);
            days.values().forEach(d -> mayBeEmpty.remove(new ImportedAdDayEntity.Target(d.channelId(), d.campaignId(), d.day())));
            ImportedAdDayEntity.refreshEngagementDays(em, ws, by, List.copyOf(refreshed), List.copyOf(mayBeEmpty));
            written.written += upserts.accepted();
            written.replaced += upserts.replaced();
        }

        private void writeCostSheet() {
            Map<String, CostEntryEntity.ImportedRow> costs = new LinkedHashMap<>();
            for (ImportRow row : batch) {
                CostSheetRow cost = (CostSheetRow) row;
                ImportPlan.Target target = target(cost);
                CostCategory category = ImportScan.category(cost.category());
                String key = String.join("|", "sheet", lower(cost.utmSource()), lower(cost.utmMedium()),
                        lower(cost.utmCampaign()), category.name(), cost.from().toString(),
                        String.valueOf(cost.to() == null ? cost.from() : cost.to()));
                String range = cost.to() == null || cost.to().equals(cost.from()) ? "" : " (" + cost.from() + " to " + cost.to() + ")";
                costs.put(key, new CostEntryEntity.ImportedRow(key, target.campaignId(), target.channelId(), category,
                        cost.cost(), ImportScan.currency(cost.currency(), defaultCurrency), cost.from(),
                        description("cost sheet: " + String.join("/", String.valueOf(cost.utmSource()),
                                String.valueOf(cost.utmMedium()), String.valueOf(cost.utmCampaign())) + range)));
            }
            Upserts upserts = CostEntryEntity.upsertImported(em, ws, importId, by, List.copyOf(costs.values()));
            written.written += upserts.accepted();
            written.replaced += upserts.replaced();
        }

        private void writeDeals() {
            Map<String, ConversionEntity.Row> deals = new LinkedHashMap<>();
            for (ImportRow row : batch) {
                DealRow deal = (DealRow) row;
                ConversionType type = ImportScan.conversionType(deal.stage(), request.stageMapping());
                if (type == null) {
                    written.skipped++;
                    continue;
                }
                LocalDate day = type == ConversionType.SALE && deal.closeDate() != null ? deal.closeDate()
                        : deal.createDate() != null ? deal.createDate() : deal.closeDate();
                String person = deal.contactId() != null ? deal.contactId().split("[;,]")[0].trim()
                        : "hubspot-deal:" + deal.recordId();
                deals.put(deal.recordId(), new ConversionEntity.Row(person, day.atTime(LocalTime.MIDNIGHT).atOffset(ZoneOffset.UTC),
                        type, null, deal.amount(), deal.amount() == null ? null
                                : ImportScan.currency(deal.currency(), defaultCurrency), null, null, deal.recordId()));
            }
            Map<String, ImportQueries.StoredConversion> stored = queries.conversionsByExternalId(ws, deals.keySet());
            List<ConversionEntity.Row> fresh = new ArrayList<>();
            List<ImportQueries.ChangedConversion> changed = new ArrayList<>();
            deals.forEach((recordId, row) -> {
                ImportQueries.StoredConversion before = stored.get(recordId);
                if (before == null) {
                    fresh.add(row);
                } else if (!before.sameAs(row)) {
                    changed.add(new ImportQueries.ChangedConversion(before.id(), row));
                }
            });
            List<Long> inserted = ConversionEntity.insertNew(em, ws, by, fresh);
            queries.markImported("conversion", ws, importId, inserted);
            queries.updateConversions(ws, changed);
            List<Long> recorded = new ArrayList<>(inserted);
            changed.forEach(c -> recorded.add(c.id()));
            if (!recorded.isEmpty()) {
                conversionsRecorded.fire(new ConversionsRecorded(ws, recorded));
            }
            written.written += inserted.size();
            written.replaced += changed.size();
        }

        /**
         * Posts through the recorder's own upsert (PostEntity.upsertAll): a post sent again (channel and post id)
         * has its metrics, time and type replaced, keeps its campaign, tags and utm_content; twice in one file, the
         * later row wins, as a later file does.
         */
        private void writePosts() {
            Map<String, PostEntity.Row> posts = new LinkedHashMap<>();
            for (ImportRow row : batch) {
                PostRow post = (PostRow) row;
                ImportPlan.Target target = target(post);
                posts.put(target.channelId() + "|" + post.postId(), new PostEntity.Row(target.channelId(), null,
                        post.postId(), post.publishedAt(), ImportScan.contentType(post.postType()), null,
                        post.permalink(), null, orZero(post.impressions()), orZero(post.reach()), orZero(post.likes()),
                        orZero(post.comments()), orZero(post.shares()), orZero(post.saves()), orZero(post.clicks()),
                        orZero(post.videoViews()), null, null));
            }
            Upserts upserts = PostEntity.upsertAll(em, ws, by, importId, List.copyOf(posts.values()));
            written.written += upserts.accepted();
            written.replaced += upserts.replaced();
        }

        /** A segment to its snapshot; the same segment twice (two sources of one channel): the later one. */
        private void collect(AudienceRow share) {
            ImportPlan.Target target = target(share);
            String segment = AudienceService.segment(share.segment());
            AudienceDimension dimension = ImportScan.dimension(share.dimension());
            snapshots.computeIfAbsent(new AudienceShareEntity.Snapshot(target.channelId(), share.day()),
                    k -> new LinkedHashMap<>()).put(dimension + "|" + segment.toLowerCase(Locale.ROOT),
                            new AudienceShareEntity.Row(target.channelId(), share.day(), dimension, segment,
                                    share.share()));
        }

        /**
         * The snapshots, as recordAudiences writes them (each dimension replaces the one recorded), in batches of
         * whole snapshots; counted as recordAudiences counts them, one per channel and day.
         */
        private void writeAudiences() {
            List<AudienceShareEntity.Row> rows = new ArrayList<>();
            for (Map<String, AudienceShareEntity.Row> snapshot : snapshots.values()) {
                rows.addAll(snapshot.values());
                if (rows.size() >= BATCH) {
                    writeShares(rows);
                    rows = new ArrayList<>();
                }
            }
            writeShares(rows);
            snapshots.clear();
        }

        private void writeShares(List<AudienceShareEntity.Row> rows) {
            if (rows.isEmpty()) {
                return;
            }
            Upserts upserts = AudienceService.counted(rows, AudienceShareEntity.replaceAll(em, ws, by, importId, rows));
            written.written += upserts.accepted();
            written.replaced += upserts.replaced();
        }

        private void writeTouchpoints() {
            List<TouchpointEntity.Row> rows = new ArrayList<>();
            for (ImportRow row : batch) {
                TouchpointRow touch = (TouchpointRow) row;
                ImportPlan.Target target = target(touch);
                Utm.Parameters utm = ImportScan.utmOf(touch);
                rows.add(new TouchpointEntity.Row(touch.personKey().trim(), touch.occurredAt(), target.channelId(),
                        target.campaignId(), Utm.mediaTypeOf(utm.medium()).orElseThrow(), utm.source(), utm.medium(),
                        utm.campaign(), utm.term(), Utm.termKey(utm.term()), utm.content(), touch.landingUrl(),
                        touch.externalId()));
            }
            List<Long> inserted = TouchpointEntity.insertNew(em, ws, by, rows);
            queries.markImported("touchpoint", ws, importId, inserted);
            if (!inserted.isEmpty()) {
                touchpointsRecorded.fire(new TouchpointsRecorded(ws, inserted));
            }
            written.written += inserted.size();
            written.skipped += rows.size() - inserted.size();
        }
    }

    private static long orZero(Long count) {
        return count == null ? 0 : count;
    }

    private static String lower(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    private static String description(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
