package io.socialroi.imports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.socialroi.campaign.Campaign;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.imports.file.Detected;
import io.socialroi.imports.file.ImportFileException;
import io.socialroi.imports.file.ImportFileReader;
import io.socialroi.imports.file.ImportText;
import io.socialroi.imports.file.LineError;
import io.socialroi.imports.file.ReadOptions;
import io.socialroi.money.Money;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.Role;

/**
 * Runs one upload: converts a workbook's first sheet to CSV (ImportText), detects the file's settings, reads it
 * once to check every row and map its campaigns (nothing written), then either keeps the preview (a dry run, or a
 * refusal with its line errors) or reads it again and writes it in one transaction (ImportWriter). Every outcome is
 * kept in the history.
 */
@ApplicationScoped
public class ImportService {

    /** Files up to 50 MiB and 200,000 rows (issue 13). */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final int MAX_ROWS = 200_000;

    @Inject
    CurrentWorkspace workspace;
    @Inject
    ImportPlanner planner;
    @Inject
    ImportWriter writer;
    @Inject
    ImportHistory history;
    @Inject
    ChannelService channels;
    @Inject
    ObjectMapper json;

    public Import run(Path file, String fileName, long size, ImportRequest request) {
        workspace.authorize(Role.ANALYST);
        String currency = workspace.reportingCurrency();
        ReadOptions options = new ReadOptions(request.format(), request.locale(), MAX_BYTES, MAX_ROWS, currency);
        ImportRunEntity run = new ImportRunEntity();
        run.workspaceId = workspace.id();
        run.fileName = fileName.length() > 300 ? fileName.substring(0, 300) : fileName;
        run.sizeBytes = size;
        ImportText text;
        try {
            text = ImportText.open(file, options);
        } catch (ImportFileException e) {
            return refused(run, List.of(e.error()), 1, 0);
        }
        try (text) {
            return run(run, text.path(), options, request, currency);
        }
    }

    /** The upload as text (a workbook's first sheet as CSV): detected, checked, then previewed or written. */
    private Import run(ImportRunEntity run, Path file, ReadOptions options, ImportRequest request, String currency) {
        Detected detected;
        try {
            detected = ImportFileReader.detect(file, options);
        } catch (ImportFileException e) {
            return refused(run, List.of(e.error()), 1, 0);
        }
        run.format = detected.format();
        run.encoding = detected.encoding();
        run.delimiter = String.valueOf(detected.delimiter());
        run.locale = detected.locale() == null ? null : detected.locale().toLanguageTag();
        run.currency = detected.currency();
        run.headerLine = detected.headerLine();

        ImportScan scan = new ImportScan(currency, request.stageMapping());
        try {
            ImportFileReader.read(file, detected, options, scan);
            scan.finish();
        } catch (ImportFileException e) {
            scan.error(e.error());
        }
        run.rowsRead = scan.read;
        run.rowsRejected = scan.rejected;
        if (scan.failed()) {
            return refused(run, scan.errors, scan.errorCount, scan.skipped);
        }
        ImportPlan plan = planner.plan(scan, request);
        ImportResult preview = preview(scan, plan);
        if (plan.failed()) {
            run.status = ImportStatus.FAILED;
            run.rowsRejected = plan.unmapped().stream().mapToInt(UnmappedName::rows).sum();
            return save(run, new ImportResult(preview.targets(), preview.campaignTotals(), preview.channelTotals(),
                    preview.matched(), preview.unmapped(), lineErrors(plan.errors()), plan.errors().size(), scan.skipped));
        }
        if (request.dryRun()) {
            run.status = ImportStatus.DRY_RUN;
            return save(run, preview);
        }
        run.status = ImportStatus.COMPLETED;
        run.resultJson = toJson(preview);
        ImportRunEntity written = writer.write(run, file, detected, options, plan, request);
        return Import.of(written, preview, true);
    }

    private Import refused(ImportRunEntity run, List<LineError> errors, int errorCount, int skipped) {
        run.status = ImportStatus.FAILED;
        return save(run, ImportResult.failed(lineErrors(errors), errorCount));
    }

    private Import save(ImportRunEntity run, ImportResult result) {
        run.resultJson = toJson(result);
        return Import.of(history.save(run), result, true);
    }

    static List<ImportLineError> lineErrors(List<LineError> errors) {
        return errors.stream().limit(ImportResult.MAX_ERRORS)
                .map(e -> new ImportLineError(e.line(), e.column(), e.code(), e.message())).toList();
    }

    /** Rows per target and the cost totals per campaign and channel, from the first pass and the plan. */
    private ImportResult preview(ImportScan scan, ImportPlan plan) {
        int costs = 0;
        Set<List<Object>> engagementDays = new HashSet<>();
        Map<String, Totals> byCampaign = new LinkedHashMap<>();
        Map<Long, Totals> byChannel = new LinkedHashMap<>();
        Map<String, String> campaignNames = new TreeMap<>();
        plan.matched().forEach(m -> campaignNames.put(m.campaignId() == null ? "new:" + m.campaignName() : m.campaignId(),
                m.campaignName()));
        for (var entry : scan.origins.entrySet()) {
            ImportPlan.Target target = plan.targets().get(entry.getKey());
            ImportScan.OriginFigures figures = entry.getValue();
            if (target == null || scan.touchpoints > 0) {
                continue;
            }
            if (!scan.posts.isEmpty() || !scan.distributions.isEmpty()) {
                // posts and audiences cost nothing: their rows per channel only
                byChannel.computeIfAbsent(target.channelId(), k -> new Totals(Channel.globalId(k), null)).add(figures);
                continue;
            }
            costs += figures.rows;
            String campaignKey = target.campaignId() != null ? Campaign.globalId(target.campaignId())
                    : target.createName() != null ? "new:" + target.createName() : null;
            if (!entry.getKey().platform().equals("utm")) {
                figures.days.forEach(day -> engagementDays.add(List.of(target.channelId(), String.valueOf(campaignKey), day)));
            }
            byCampaign.computeIfAbsent(String.valueOf(campaignKey), k -> new Totals(
                    campaignKey == null || campaignKey.startsWith("new:") ? null : campaignKey,
                    campaignKey == null ? null : campaignNames.get(campaignKey))).add(figures);
            if (target.channelId() != null) {
                byChannel.computeIfAbsent(target.channelId(), k -> new Totals(Channel.globalId(k), null)).add(figures);
            }
        }
        Map<Long, Channel> channelNames = channels.findByIds(byChannel.keySet());
        List<ImportTotal> channelTotals = new ArrayList<>();
        byChannel.forEach((id, totals) -> channelTotals.add(totals.named(channelNames.get(id).name())));
        return new ImportResult(new ImportTargets(costs, engagementDays.size(), scan.conversions, scan.touchpoints,
                scan.posts.size(), scan.audienceSnapshots()),
                byCampaign.values().stream().map(t -> t.named(t.name)).toList(), channelTotals, plan.matched(),
                plan.unmapped(), List.of(), 0, scan.skipped);
    }

    /** Costs per currency and rows of one campaign or channel. */
    private static final class Totals {
        final String id;
        final String name;
        final Map<String, BigDecimal> costs = new TreeMap<>();
        int rows;

        Totals(String id, String name) {
            this.id = id;
            this.name = name;
        }

        void add(ImportScan.OriginFigures figures) {
            rows += figures.rows;
            figures.costs.forEach((currency, amount) -> costs.merge(currency, amount, BigDecimal::add));
        }

        ImportTotal named(String shownName) {
            return new ImportTotal(id, shownName, costs.entrySet().stream()
                    .map(e -> Money.recorded(e.getValue(), e.getKey())).toList(), rows);
        }
    }

    private String toJson(ImportResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the import's result cannot be written as JSON", e);
        }
    }

    ImportResult fromJson(String text) {
        try {
            return json.readValue(text, ImportResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the import's stored result cannot be read", e);
        }
    }
}
