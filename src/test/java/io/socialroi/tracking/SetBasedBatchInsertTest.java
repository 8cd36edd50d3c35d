package io.socialroi.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;
import io.socialroi.testing.Tokens;

/**
 * Touchpoint and conversion batches are one insert statement each (TouchpointEntity.insertNew,
 * ConversionEntity.insertNew): a batch mixing new, stored and in-batch duplicate external ids inserts exactly the new
 * items, in batch order, every column as the service wrote it when it persisted one entity per item; a batch of 5,000
 * costs the statements of a batch of 1 (and so does a batch of costs, CostEntryEntity.insertNew).
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class SetBasedBatchInsertTest {

    /** Every column but id and created_at, as text; the channel and campaign by name (their ids are opaque). */
    static final String TOUCHPOINT_ROWS = """
            select string_agg(concat_ws(' | ', t.person_key, t.occurred_at at time zone 'UTC', ch.name, ca.name,
                     t.media_type, t.utm_source, t.utm_medium, t.utm_campaign, t.utm_term, t.utm_term_key,
                     t.utm_content, t.landing_url, coalesce(t.external_id, '-'), t.created_by,
                     t.created_at is not null), E'\\n' order by t.id)
            from touchpoint t join channel ch on ch.id = t.channel_id left join campaign ca on ca.id = t.campaign_id""";

    static final String CONVERSION_ROWS = """
            select string_agg(concat_ws(' | ', c.person_key, c.occurred_at at time zone 'UTC', c.type,
                     coalesce(c.custom_type, '-'), coalesce(c.revenue_amount || ' ' || c.revenue_currency, '-'),
                     coalesce(ch.name, '-'), coalesce(ca.name, '-'), coalesce(c.external_id, '-'), c.created_by,
                     c.created_at is not null), E'\\n' order by c.id)
            from conversion c left join channel ch on ch.id = c.channel_id left join campaign ca on ca.id = c.campaign_id""";

    @Inject
    TestData data;
    @Inject
    SessionFactory sessionFactory;

    String channel;
    String campaign;

    @BeforeEach
    void setUp() {
        data.reset();
        channel = TestData.createChannel("Instagram", "SOCIAL", "ig");
        campaign = TestData.createCampaign("Spring", "spring-26", "2026-01-01", channel);
    }

    static Map<String, Object> with(Map<String, Object> item, Object... keysAndValues) {
        Map<String, Object> copy = new HashMap<>(item);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }

    @Test
    void touchpointBatchInsertsExactlyTheNewItemsWithEveryColumn() {
        Map<String, Object> stored = TestData.recordTouchpoints(List.of(
                with(TestData.touch("p0", "2026-03-01T09:00:00Z", channel, null), "externalId", "stored")));
        assertEquals(1, stored.get("accepted"));

        Map<String, Object> result = TestData.recordTouchpoints(List.of(
                // new, every field given; the person key and external id are trimmed
                with(TestData.touch(" p1 ", "2026-03-02T10:00:00+02:00", channel, campaign), "externalId", " new-1 ",
                        "utmSource", "ig", "utmMedium", "cpc", "utmCampaign", "spring-26", "utmTerm", "Åre Skiing",
                        "utmContent", "banner", "landingUrl", " https://example.com/a?x=1 "),
                // a duplicate of a stored touchpoint
                with(TestData.touch("p2", "2026-03-02T11:00:00Z", channel, null), "externalId", "stored"),
                // new: utm_* read from the landing URL, channel and campaign found by utm_source and utm_campaign
                Map.of("personKey", "p3", "occurredAt", "2026-03-02T12:00:00Z", "externalId", "new-2",
                        "landingUrl", "https://example.com/?utm_source=IG&utm_medium=social&utm_campaign=spring-26"
                                + "&utm_term=Shoes&utm_content=story"),
                // a duplicate of the first item of this batch
                with(TestData.touch("p4", "2026-03-02T13:00:00Z", channel, null), "externalId", "new-1"),
                // no external id (blank is none): never a duplicate, twice at the same instant, kept in batch order
                with(TestData.touch("p5", "2026-03-02T14:00:00Z", channel, null), "externalId", "  "),
                with(TestData.touch("p6", "2026-03-02T14:00:00Z", channel, null), "mediaType", "EARNED")));

        assertEquals(List.of(), result.get("userErrors"));
        assertEquals(4, result.get("accepted"));
        assertEquals(2, result.get("duplicates"));
        String by = Tokens.TESTER;
        assertEquals(String.join("\n",
                "p0 | 2026-03-01 09:00:00 | Instagram | PAID | stored | " + by + " | t",
                "p1 | 2026-03-02 08:00:00 | Instagram | Spring | PAID | ig | cpc | spring-26 | Åre Skiing | åre skiing"
                        + " | banner | https://example.com/a?x=1 | new-1 | " + by + " | t",
                "p3 | 2026-03-02 12:00:00 | Instagram | Spring | OWNED | IG | social | spring-26 | Shoes | shoes | story"
                        + " | https://example.com/?utm_source=IG&utm_medium=social&utm_campaign=spring-26"
                        + "&utm_term=Shoes&utm_content=story | new-2 | " + by + " | t",
                "p5 | 2026-03-02 14:00:00 | Instagram | PAID | - | " + by + " | t",
                "p6 | 2026-03-02 14:00:00 | Instagram | EARNED | - | " + by + " | t"),
                data.scalar(TOUCHPOINT_ROWS));
    }

    @Test
    void conversionBatchInsertsExactlyTheNewItemsWithEveryColumn() {
        TestData.recordConversions(List.of(with(TestData.sale("p0", "2026-03-01T09:00:00Z", "5"), "externalId", "stored")));

        Map<String, Object> result = TestData.recordConversions(List.of(
                with(TestData.sale(" p1 ", "2026-03-02T10:00:00-05:00", "12.345"), "externalId", " order-1 ",
                        "channelId", channel, "campaignId", campaign),
                with(TestData.sale("p2", "2026-03-02T11:00:00Z", "1"), "externalId", "stored"),
                Map.of("personKey", "p3", "occurredAt", "2026-03-02T12:00:00Z", "type", "OTHER",
                        "customType", " webinar ", "externalId", "order-2"),
                with(TestData.sale("p4", "2026-03-02T13:00:00Z", "2"), "externalId", "order-1"),
                Map.of("personKey", "p5", "occurredAt", "2026-03-02T14:00:00Z", "type", "LEAD",
                        "revenue", Map.of("amount", "0.10", "currencyCode", "USD"))));

        assertEquals(List.of(), result.get("userErrors"));
        assertEquals(3, result.get("accepted"));
        assertEquals(2, result.get("duplicates"));
        String by = Tokens.TESTER;
        assertEquals(String.join("\n",
                "p0 | 2026-03-01 09:00:00 | SALE | - | 5 EUR | - | - | stored | " + by + " | t",
                "p1 | 2026-03-02 15:00:00 | SALE | - | 12.345 EUR | Instagram | Spring | order-1 | " + by + " | t",
                "p3 | 2026-03-02 12:00:00 | OTHER | webinar | - | - | - | order-2 | " + by + " | t",
                "p5 | 2026-03-02 14:00:00 | LEAD | - | 0.10 USD | - | - | - | " + by + " | t"),
                data.scalar(CONVERSION_ROWS));
    }

    @Test
    void aBatchOf5000TouchpointsCostsTheStatementsOfABatchOf1() {
        assertStatementsIndependentOfSize(i -> with(TestData.touch("p" + i % 700, "2026-03-01T10:00:00Z", channel,
                campaign), "externalId", "t" + i), TestData::recordTouchpoints);
        assertEquals(5_001, data.count("touchpoint"));
    }

    @Test
    void aBatchOf5000ConversionsCostsTheStatementsOfABatchOf1() {
        assertStatementsIndependentOfSize(i -> with(TestData.sale("p" + i % 700, "2026-03-02T10:00:00Z", "10.00"),
                "externalId", "c" + i), TestData::recordConversions);
        assertEquals(5_001, data.count("conversion"));
    }

    @Test
    void aBatchOf5000CostsCostsTheStatementsOfABatchOf1() {
        assertStatementsIndependentOfSize(i -> Map.of("campaignId", campaign, "channelId", channel, "category", "AD_SPEND",
                "amount", Map.of("amount", "1.50", "currencyCode", "EUR"), "incurredOn", "2026-03-01", "externalId", "k" + i),
                items -> GraphQL.ok("mutation($i: [RecordCostInput!]!) { recordCosts(input: $i) { accepted userErrors { code } } }",
                        "i", items).getMap("recordCosts"));
        assertEquals(5_001, data.count("cost_entry"));
        // 5,001 × 1.50 = 7,501.50
        assertEquals("7501.50", data.scalar("select sum(amount) from cost_entry"));
    }

    /** Statements of a batch of 1 and of 5,000 (item {@code i} from {@code item}): equal, and no entity insert. */
    void assertStatementsIndependentOfSize(IntFunction<Map<String, Object>> item,
            Function<List<Map<String, Object>>, Map<String, Object>> record) {
        var statistics = sessionFactory.getStatistics();
        assertTrue(statistics.isStatisticsEnabled(), "Hibernate statistics must be on");
        statistics.clear();
        assertEquals(1, record.apply(List.of(item.apply(0))).get("accepted"));
        long one = statistics.getPrepareStatementCount();

        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 1; i <= 5_000; i++) {
            batch.add(item.apply(i));
        }
        statistics.clear();
        assertEquals(5_000, record.apply(batch).get("accepted"));
        long many = statistics.getPrepareStatementCount();
        assertEquals(0, statistics.getEntityInsertCount(), "no row goes through em.persist");
        assertEquals(one, many, "statements for a batch of 1: " + one + ", of 5,000: " + many);
    }
}
