package io.socialroi.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Parameters;
import io.socialroi.common.Echo;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.BatchReferences;
import io.socialroi.common.Cursors;
import io.socialroi.common.DateInputs;
import io.socialroi.common.DateScalar;
import io.socialroi.common.GlobalId;
import io.socialroi.common.InputConstraints;
import io.socialroi.common.InputErrors;
import io.socialroi.common.TextInputs;
import io.socialroi.common.PageInfo;
import io.socialroi.common.SqlRows;
import io.socialroi.common.UserErrorCode;
import io.socialroi.money.MoneyInputs;
import io.socialroi.workspace.CurrentWorkspace;

@ApplicationScoped
public class CampaignService {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    ChannelService channels;
    @Inject
    InputConstraints constraints;
    @Inject
    EntityManager em;

    @Transactional
    public Campaign create(CreateCampaignInput input) {
        InputErrors errors = new InputErrors("input");
        CampaignEntity entity = new CampaignEntity();
        entity.workspaceId = workspace.id();
        entity.status = input.status == null ? CampaignStatus.ACTIVE : input.status;
        entity.objective = input.objective;
        constraints.check(input, errors);
        entity.name = input.name == null ? "" : input.name.trim();
        entity.startDate = date(input.startDate, errors, "startDate");
        entity.endDate = input.endDate == null ? null : date(input.endDate, errors, "endDate");
        checkDates(entity.startDate, entity.endDate, errors);
        var budget = MoneyInputs.validate(input.budget, errors.at("budget"));
        if (budget != null) {
            entity.budgetAmount = budget.amount();
            entity.budgetCurrency = budget.currency();
        }
        entity.utmCampaign = utmCampaign(input.utmCampaign, null, errors);
        entity.utmCampaignKey = utmKey(entity.utmCampaign);
        Set<Long> channelIds = channelIds(input.channelIds, errors);
        errors.throwIfAny();
        entity.updatedAt = OffsetDateTime.now();
        entity.persist();
        replaceChannels(entity, channelIds);
        return new Campaign(entity);
    }

    @Transactional
    public Campaign update(UpdateCampaignInput input) {
        InputErrors errors = new InputErrors("input");
        CampaignEntity entity = require(input.id, errors, "id");
        errors.throwIfAny();
        // Validate into locals first: the entity is managed, and a query below would flush it.
        String name = input.name == null ? entity.name : name(input.name, errors);
        LocalDate startDate = input.startDate == null ? entity.startDate : date(input.startDate, errors, "startDate");
        LocalDate endDate = Boolean.TRUE.equals(input.clearEndDate) ? null
                : input.endDate == null ? entity.endDate : date(input.endDate, errors, "endDate");
        checkDates(startDate, endDate, errors);
        var budget = input.budget == null ? null : MoneyInputs.validate(input.budget, errors.at("budget"));
        String utm = Boolean.TRUE.equals(input.clearUtmCampaign) ? null
                : input.utmCampaign == null ? entity.utmCampaign : utmCampaign(input.utmCampaign, entity.id, errors);
        Set<Long> channelIds = input.channelIds == null ? null : channelIds(input.channelIds, errors);
        errors.throwIfAny();

        entity.name = name;
        entity.objective = input.objective == null ? entity.objective : input.objective;
        entity.status = input.status == null ? entity.status : input.status;
        entity.startDate = startDate;
        entity.endDate = endDate;
        if (Boolean.TRUE.equals(input.clearBudget)) {
            entity.budgetAmount = null;
            entity.budgetCurrency = null;
        } else if (budget != null) {
            entity.budgetAmount = budget.amount();
            entity.budgetCurrency = budget.currency();
        }
        entity.utmCampaign = utm;
        entity.utmCampaignKey = utmKey(utm);
        if (channelIds != null) {
            replaceChannels(entity, channelIds);
        }
        entity.updatedAt = OffsetDateTime.now();
        em.flush(); // constraint failures surface here, inside the service, not at commit
        return new Campaign(entity);
    }

    /** Archived campaigns keep their costs and conversions and still count in reports over their period. */
    @Transactional
    public Campaign archive(ArchiveCampaignInput input) {
        InputErrors errors = new InputErrors("input");
        CampaignEntity entity = require(input.id, errors, "id");
        errors.throwIfAny();
        entity.status = CampaignStatus.ARCHIVED;
        entity.updatedAt = OffsetDateTime.now();
        return new Campaign(entity);
    }

    public Optional<Campaign> find(long id) {
        return findEntity(id).map(Campaign::new);
    }

    public Optional<CampaignEntity> findEntity(long id) {
        return CampaignEntity.<CampaignEntity>find("id = ?1 and workspaceId = ?2", id, workspace.id())
                .firstResultOptional();
    }

    /** Every campaign of the workspace (archived too), by name. */
    public List<Campaign> all() {
        return CampaignEntity.<CampaignEntity>list("workspaceId = ?1 order by name, id", workspace.id())
                .stream().map(Campaign::new).toList();
    }

    /** Campaigns by id in one statement; ids of another workspace are absent from the map. */
    public Map<Long, Campaign> findByIds(Collection<Long> ids) {
        Map<Long, Campaign> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            CampaignEntity.<CampaignEntity>list("workspaceId = ?1 and id in ?2", workspace.id(), ids)
                    .forEach(e -> byId.put(e.id, new Campaign(e)));
        }
        return byId;
    }

    /** The key utm_campaign codes are matched by: trimmed and lower-cased the same way everywhere. */
    public static String utmKey(String code) {
        return code == null ? null : code.trim().toLowerCase(Locale.ROOT);
    }

    /** Campaign ids by utm_campaign key ({@link #utmKey}), for the given keys, in one statement. */
    public Map<String, Long> campaignIdsByUtm(Collection<String> keys) {
        Map<String, Long> result = new HashMap<>();
        if (keys.isEmpty()) {
            return result;
        }
        em.createQuery(CAMPAIGN_IDS_BY_UTM, UtmCampaign.class)
                .setParameter("ws", workspace.id()).setParameter("keys", keys).getResultList()
                .forEach(row -> result.put(row.utmKey(), row.id()));
        return result;
    }

    /** A campaign's utm key and id (HQL, instantiated through the constructor). */
    record UtmCampaign(String utmKey, Long id) {
    }

    static final String CAMPAIGN_IDS_BY_UTM = """
            select c.utmCampaignKey, c.id
            from CampaignEntity c
            where c.workspaceId = :ws and c.utmCampaignKey in :keys""";

    private void replaceChannels(CampaignEntity campaign, Set<Long> channelIds) {
        em.flush();
        CampaignChannelEntity.replaceAll(em, campaign.workspaceId, campaign.id, channelIds);
    }

    /** The channel and campaign IDs a batch of {@code size} items names, looked up in this workspace. */
    public BatchReferences batchReferences(int size) {
        return new BatchReferences(size, Channel.TYPE, Campaign.TYPE, ids -> channels.findByIds(ids).keySet(),
                this::existingIds);
    }

    /** The ids among {@code ids} that are campaigns of this workspace. */
    public Set<Long> existingIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(em.createQuery(
                "select c.id from CampaignEntity c where c.workspaceId = :ws and c.id in :ids", Long.class)
                .setParameter("ws", workspace.id()).setParameter("ids", ids).getResultList());
    }

    public CampaignConnection page(Integer first, String after, CampaignFilter filter) {
        int size = Cursors.pageSize(first);
        long afterId = Cursors.afterId(after);
        StringBuilder where = new StringBuilder("workspaceId = :ws");
        Parameters params = Parameters.with("ws", workspace.id());
        if (filter != null && filter.status != null && !filter.status.isEmpty()) {
            where.append(" and status in :status");
            params.and("status", filter.status);
        } else {
            where.append(" and status <> :archived");
            params.and("archived", CampaignStatus.ARCHIVED);
        }
        if (filter != null && filter.objective != null && !filter.objective.isEmpty()) {
            where.append(" and objective in :objective");
            params.and("objective", filter.objective);
        }
        long total = CampaignEntity.count(where.toString(), params);
        List<CampaignEntity> rows = size == 0 ? List.of()
                : CampaignEntity.<CampaignEntity>find(where + " and id > :after order by id",
                        params.and("after", afterId)).range(0, size).list(); // range is inclusive: size + 1 rows
        boolean hasNext = rows.size() > size;
        if (hasNext) {
            rows = rows.subList(0, size);
        }
        List<CampaignEdge> edges = rows.stream()
                .map(e -> new CampaignEdge(Cursors.encode(e.id), new Campaign(e))).toList();
        return new CampaignConnection(edges, edges.stream().map(CampaignEdge::node).toList(),
                new PageInfo(hasNext, afterId > 0,
                        edges.isEmpty() ? null : edges.get(0).cursor(),
                        edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()),
                (int) total);
    }

    /** The channels of each campaign, in the campaigns' order: two statements for any number of campaigns. */
    public List<List<Channel>> channelsOf(List<Campaign> campaigns) {
        List<Long> ids = campaigns.stream().map(Campaign::databaseId).toList();
        Map<Long, List<Long>> channelIds = new HashMap<>();
        if (!ids.isEmpty()) {
            SqlRows.tuples(em.createNativeQuery(CAMPAIGN_CHANNELS, Tuple.class)
                    .setParameter("ws", workspace.id()).setParameter("ids", ids)).stream().map(CampaignChannel::of)
                    .forEach(r -> channelIds.computeIfAbsent(r.campaignId(), k -> new ArrayList<>()).add(r.channelId()));
        }
        Map<Long, Channel> byId = channels.findByIds(channelIds.values().stream().flatMap(List::stream).distinct().toList());
        return ids.stream()
                .map(id -> channelIds.getOrDefault(id, List.of()).stream().map(byId::get).toList())
                .toList();
    }

    /** The channels of the campaigns, by channel name. */
    static final String CAMPAIGN_CHANNELS = """
            select cc.campaign_id, cc.channel_id
            from campaign_channel cc
            join channel ch on ch.id = cc.channel_id
            where cc.workspace_id = :ws and cc.campaign_id in (:ids)
            order by ch.name""";

    private record CampaignChannel(long campaignId, long channelId) {
        static CampaignChannel of(Tuple row) {
            return new CampaignChannel(SqlRows.longValue(row, "campaign_id"), SqlRows.longValue(row, "channel_id"));
        }
    }

    private CampaignEntity require(String globalId, InputErrors errors, String field) {
        Long id = GlobalId.decodeOrReport(Campaign.TYPE, globalId, errors, field);
        if (id == null) {
            return null;
        }
        return findEntity(id).orElseGet(() -> {
            errors.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(Campaign.TYPE, Echo.of(globalId)), field);
            return null;
        });
    }

    /** A new name of a campaign: the rules of {@link CreateCampaignInput#name}. */
    private static String name(String raw, InputErrors errors) {
        String name = raw.trim();
        if (name.isEmpty()) {
            errors.add(UserErrorCode.REQUIRED, CreateCampaignInput.NAME_REQUIRED, "name");
        } else {
            TextInputs.check(name, CreateCampaignInput.NAME_MAX, errors, "name");
        }
        return name;
    }

    static LocalDate date(DateScalar value, InputErrors errors, String field) {
        if (value == null) {
            errors.add(UserErrorCode.REQUIRED, "A date is required.", field);
            return null;
        }
        return DateInputs.optional(value, errors, field);
    }

    private static void checkDates(LocalDate startDate, LocalDate endDate, InputErrors errors) {
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            errors.add(UserErrorCode.END_BEFORE_START,
                    "The end date " + endDate + " is before the start date " + startDate + ".", "endDate");
        }
    }

    private String utmCampaign(String raw, Long selfId, InputErrors errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String code = raw.trim();
        int before = errors.size();
        TextInputs.check(code, 200, errors, "utmCampaign");
        if (errors.size() > before) {
            return code;
        }
        Long owner = campaignIdsByUtm(List.of(utmKey(code))).get(utmKey(code));
        if (owner != null && !owner.equals(selfId)) {
            errors.add(UserErrorCode.DUPLICATE, "Another campaign already uses utm_campaign \"" + Echo.of(code) + "\".",
                    "utmCampaign");
        }
        return code;
    }

    private Set<Long> channelIds(List<String> globalIds, InputErrors errors) {
        Set<Long> ids = new LinkedHashSet<>();
        if (globalIds == null) {
            return ids;
        }
        Map<Long, Integer> index = new HashMap<>();
        for (int i = 0; i < globalIds.size(); i++) {
            Long id = GlobalId.decodeOrReport(Channel.TYPE, globalIds.get(i), errors, "channelIds", String.valueOf(i));
            if (id != null) {
                ids.add(id);
                index.putIfAbsent(id, i);
            }
        }
        Set<Long> found = channels.findByIds(ids).keySet();
        for (Long id : ids) {
            if (!found.contains(id)) {
                errors.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(Channel.TYPE, Channel.globalId(id)),
                        "channelIds", String.valueOf(index.get(id)));
            }
        }
        return ids;
    }
}
