package io.socialroi.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.socialroi.campaign.Campaign;
import io.socialroi.campaign.CampaignService;
import io.socialroi.common.GlobalId;
import io.socialroi.common.InputConstraints;
import io.socialroi.common.InputErrors;
import io.socialroi.common.UserErrorCode;
import io.socialroi.workspace.CurrentWorkspace;

/** The stored platform-campaign mappings: read by imports first, set and removed by ANALYSTs. */
@ApplicationScoped
public class PlatformCampaignMappingService {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    CampaignService campaigns;
    @Inject
    InputConstraints constraints;

    public List<PlatformCampaignMapping> list() {
        return PlatformCampaignMappingEntity.<PlatformCampaignMappingEntity>list("workspaceId = ?1 order by id",
                workspace.id()).stream().map(PlatformCampaignMapping::of).toList();
    }

    public Optional<PlatformCampaignMapping> find(long id) {
        return PlatformCampaignMappingEntity.<PlatformCampaignMappingEntity>find("id = ?1 and workspaceId = ?2", id,
                workspace.id()).firstResultOptional().map(PlatformCampaignMapping::of);
    }

    /** Maps the platform campaign to the campaign, replacing the mapping it had. */
    @Transactional
    public PlatformCampaignMapping set(SetPlatformCampaignMappingInput input) {
        InputErrors errors = new InputErrors("input");
        constraints.check(input, errors);
        String platform = input.platform == null ? "" : ImportScan.platformKey(input.platform);
        String campaign = input.platformCampaign == null ? "" : input.platformCampaign.trim();
        if (platform.isEmpty()) {
            errors.add(UserErrorCode.REQUIRED, "Name the platform (meta, linkedin, google_ads, utm...).", "platform");
        }
        if (campaign.isEmpty()) {
            errors.add(UserErrorCode.REQUIRED, "Name the platform's campaign (its id or name).", "platformCampaign");
        }
        Long campaignId = GlobalId.decodeOrReport(Campaign.TYPE, input.campaignId, errors, "campaignId");
        if (campaignId != null && campaigns.findEntity(campaignId).isEmpty()) {
            errors.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(Campaign.TYPE, input.campaignId), "campaignId");
        }
        errors.throwIfAny();
        String account = input.accountId == null ? "" : input.accountId.trim();
        String key = campaign.toLowerCase(Locale.ROOT);
        PlatformCampaignMappingEntity mapping = PlatformCampaignMappingEntity.<PlatformCampaignMappingEntity>find(
                "workspaceId = ?1 and platform = ?2 and accountId = ?3 and platformCampaignKey = ?4", workspace.id(),
                platform, account, key).firstResultOptional().orElseGet(PlatformCampaignMappingEntity::new);
        mapping.workspaceId = workspace.id();
        mapping.platform = platform;
        mapping.accountId = account;
        mapping.platformCampaign = campaign;
        mapping.platformCampaignKey = key;
        mapping.campaignId = campaignId;
        mapping.persist();
        mapping.flush();
        return PlatformCampaignMapping.of(mapping);
    }

    @Transactional
    public String remove(RemovePlatformCampaignMappingInput input) {
        InputErrors errors = new InputErrors("input");
        Long id = GlobalId.decodeOrReport(PlatformCampaignMapping.TYPE, input.id, errors, "id");
        if (id != null && PlatformCampaignMappingEntity.delete("id = ?1 and workspaceId = ?2", id, workspace.id()) == 0) {
            errors.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(PlatformCampaignMapping.TYPE, input.id), "id");
        }
        errors.throwIfAny();
        return input.id;
    }
}
