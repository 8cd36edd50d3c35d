package io.socialroi.imports;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.common.Node;
import io.socialroi.common.NodeResolver;

@ApplicationScoped
public class ImportNodeResolver implements NodeResolver {

    @Inject
    ImportHistory imports;
    @Inject
    PlatformCampaignMappingService mappings;

    @Override
    public Set<String> types() {
        return Set.of(Import.TYPE, PlatformCampaignMapping.TYPE);
    }

    @Override
    public Node resolve(String type, long id) {
        return type.equals(Import.TYPE) ? imports.find(id).orElse(null) : mappings.find(id).orElse(null);
    }
}
