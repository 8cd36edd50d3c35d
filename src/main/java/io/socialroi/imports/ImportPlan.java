package io.socialroi.imports;

import java.util.List;
import java.util.Map;

import io.socialroi.imports.file.LineError;

/**
 * Where each origin of a file goes: its channel (null for a cost sheet row recorded on its campaign alone), its
 * campaign (null: none), or a campaign to create (by name). Built from the first pass, before anything is written.
 */
record ImportPlan(Map<Origin, Target> targets, List<LineError> errors, List<UnmappedName> unmapped,
        List<MatchedName> matched) {

    /** An origin's channel and campaign; createName set when the import creates the campaign. */
    record Target(Long channelId, Long campaignId, String createName, MatchKind matchedBy) {
    }

    boolean failed() {
        return !errors.isEmpty();
    }
}
