package io.socialroi.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class BatchReferencesTest {

    @Test
    void decodesLooksUpOnceAndReportsPerItem() {
        String known = GlobalId.encode("Channel", 7);
        String unknown = GlobalId.encode("Channel", 8);
        String campaign = GlobalId.encode("Campaign", 3);
        InputErrors errors = new InputErrors("input");
        BatchReferences refs = new BatchReferences(3, "Channel", "Campaign");
        assertEquals(7L, refs.channel(0, known, errors.at("0")));
        assertEquals(3L, refs.campaign(0, campaign, errors.at("0")));
        refs.channel(1, unknown, errors.at("1"));
        assertNull(refs.campaign(1, null, errors.at("1")));
        assertNull(refs.channel(2, campaign, errors.at("2"))); // a campaign's ID where a channel's belongs
        assertTrue(refs.decoded(0));
        assertTrue(refs.decoded(1));
        assertFalse(refs.decoded(2));
        AtomicInteger lookUps = new AtomicInteger();
        refs.lookUp(ids -> {
            lookUps.incrementAndGet();
            assertEquals(Set.of(7L, 8L), ids);
            return Set.of(7L);
        }, ids -> {
            lookUps.incrementAndGet();
            assertEquals(Set.of(3L), ids);
            return Set.of(3L);
        });
        for (int i = 0; i < 3; i++) {
            refs.reportUnknown(i, errors.at(String.valueOf(i)));
        }
        assertEquals(2, lookUps.get());
        List<String> reported = new java.util.ArrayList<>();
        try {
            errors.throwIfAny();
        } catch (InvalidInputException e) {
            e.errors().forEach(u -> reported.add(u.code() + " " + u.field()));
        }
        assertEquals(List.of("INVALID_ID [input, 2, channelId]", "NOT_FOUND [input, 1, channelId]"), reported);
    }
}
