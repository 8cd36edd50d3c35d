package io.socialroi.sentiment;

import java.time.LocalDate;
import java.util.List;

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
import io.socialroi.common.InputErrors;
import io.socialroi.common.Upserts;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.WritesWorkspaceData;

/** Records daily mention counts as one atomic batch; a day sent again (same channel and date) replaces it. */
@ApplicationScoped
public class SentimentService {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    CampaignService campaigns;
    @Inject
    BatchWriter batches;
    @Inject
    EntityManager em;

    private record Day(SentimentDayInput input, Long channel, LocalDate date) {
    }

    @Transactional
    @WritesWorkspaceData
    public Upserts record(List<SentimentDayInput> items) {
        BatchReferences refs = campaigns.batchReferences(items.size());
        return batches.write(items, new BatchWriter.Feature<SentimentDayInput, Day, Upserts>() {
            @Override
            public Day check(int i, SentimentDayInput item, InputErrors at) {
                return new Day(item, refs.channel(i), DateInputs.parsed(item.date, at, "date"));
            }

            @Override
            public References<SentimentDayInput> references() {
                return new References<>(refs, item -> item.channelId, item -> null);
            }

            @Override
            public DuplicateKey key(Day day) {
                return new DuplicateKey(day.channel() + "|" + day.date(), "The same channel and date", "date");
            }

            @Override
            public Upserts write(List<Day> days) {
                return SentimentDayEntity.upsertAll(em, workspace.id(), AuditedEntity.currentSubject(),
                        days.stream().map(d -> new SentimentDayEntity.Row(d.channel(), d.date(),
                                orZero(d.input().positive), orZero(d.input().neutral), orZero(d.input().negative)))
                                .toList());
            }
        });
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
