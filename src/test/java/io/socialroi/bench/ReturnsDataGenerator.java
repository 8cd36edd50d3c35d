package io.socialroi.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Adds the returns beyond revenue to a workspace DataGenerator filled (set-based SQL, a few seconds): daily
 * engagement per channel and media type (and per campaign on its channels), 50 keywords with CPCs, daily organic
 * clicks, a utm_term on every fifth OWNED or EARNED touchpoint, monthly service savings per channel, CPMs, action
 * values, one customer per person who bought, and a goal per campaign. Deterministic: no random numbers.
 */
final class ReturnsDataGenerator {

    private ReturnsDataGenerator() {
    }

    static Map<String, Long> generate(Connection connection, long ws) throws SQLException {
        String[] statements = {
            // the year DataGenerator covers
            "create temporary table bench_days as select d::date as day from generate_series("
                    + "(select min(occurred_at)::date from touchpoint where workspace_id = " + ws + "),"
                    + "(select max(occurred_at)::date from touchpoint where workspace_id = " + ws + "), interval '1 day') d",
            // engagement: each channel's own totals per day and media type, and each campaign's on its channels
            "insert into engagement_day (id, workspace_id, channel_id, campaign_id, day, media_type, impressions, reach,"
                    + " likes, comments, shares, saves, clicks, video_views, followers_gained, followers_lost, followers_total)"
                    + " select nextval('engagement_day_id_seq'), " + ws + ", c.id, null, d.day, m.t,"
                    + " 1000 + (c.id * 37 + extract(doy from d.day)::int * 11) % 900, 800, 40, 8, 5, 3, 25, 60, 6, 2, null"
                    + " from channel c cross join bench_days d cross join (values ('PAID'), ('OWNED'), ('EARNED')) m(t)"
                    + " where c.workspace_id = " + ws,
            "insert into engagement_day (id, workspace_id, channel_id, campaign_id, day, media_type, impressions, reach,"
                    + " likes, comments, shares, saves, clicks, video_views, followers_gained, followers_lost, followers_total)"
                    + " select nextval('engagement_day_id_seq'), " + ws + ", cc.channel_id, cc.campaign_id, d.day, m.t,"
                    + " 300 + (cc.campaign_id * 13 + extract(doy from d.day)::int) % 200, 250, 12, 3, 2, 1, 8, 20, 2, 1, null"
                    + " from campaign_channel cc cross join bench_days d cross join (values ('PAID'), ('OWNED')) m(t)"
                    + " where cc.workspace_id = " + ws,
            // 50 keywords: a price for the first half of the year and another from then on
            "insert into keyword_cpc (workspace_id, keyword, valid_from, valid_to, amount, currency)"
                    + " select " + ws + ", 'keyword ' || k, (select min(day) from bench_days),"
                    + " (select min(day) + 181 from bench_days), 0.40 + k * 0.05, 'EUR' from generate_series(1, 50) k",
            "insert into keyword_cpc (workspace_id, keyword, valid_from, valid_to, amount, currency)"
                    + " select " + ws + ", 'keyword ' || k, (select min(day) + 182 from bench_days), null,"
                    + " 0.50 + k * 0.05, 'USD' from generate_series(1, 50) k",
            "insert into organic_clicks (workspace_id, keyword, day, channel_id, campaign_id, clicks)"
                    + " select " + ws + ", 'keyword ' || k, d.day, null, null, 5 + (k * 7 + extract(doy from d.day)::int) % 40"
                    + " from generate_series(1, 51) k cross join bench_days d", // keyword 51 has no price: unpriced clicks
            "update touchpoint set utm_term = 'Keyword ' || (abs(hashtext(id::text)) % 51 + 1), utm_term_key = 'keyword ' || (abs(hashtext(id::text)) % 51 + 1)"
                    + " where workspace_id = " + ws + " and media_type in ('OWNED', 'EARNED') and abs(hashtext(id::text)) % 5 = 0",
            "insert into earned_media_cpm (workspace_id, media_type, channel_id, amount, currency)"
                    + " values (" + ws + ", 'OWNED', null, 6.00, 'EUR'), (" + ws + ", 'EARNED', null, 9.00, 'EUR')",
            // service savings: per channel and month
            "insert into service_saving (id, workspace_id, channel_id, campaign_id, period_from, period_to, contacts,"
                    + " cost_per_contact, currency)"
                    + " select nextval('service_saving_id_seq'), " + ws + ", c.id, null, m.month,"
                    + " (m.month + interval '1 month' - interval '1 day')::date, 20 + c.id % 30, 4.50, 'EUR'"
                    + " from channel c cross join (select distinct date_trunc('month', day)::date as month from bench_days) m"
                    + " where c.workspace_id = " + ws,
            "insert into action_value (workspace_id, action, kind, amount, currency) values"
                    + " (" + ws + ", 'LEAD', 'CONVERSION', 40, 'EUR'), (" + ws + ", 'MQL', 'CONVERSION', 80, 'EUR'),"
                    + " (" + ws + ", 'SHARE', 'ENGAGEMENT', 0.50, 'EUR')",
            // a customer per person who bought: their first sale, its revenue in EUR, their first lead; every fifth churned
            "insert into customer (id, workspace_id, person_key, became_customer_on, contract_amount, contract_currency,"
                    + " upsell_amount, upsell_currency, churned_on, first_lead_on, social_engaged_on)"
                    + " select nextval('customer_id_seq'), " + ws + ", s.person_key, s.day, 500 + s.h % 1500, 'EUR',"
                    + " case when s.h % 3 = 0 then 100 + s.h % 400 end, case when s.h % 3 = 0 then 'EUR' end,"
                    + " case when s.h % 5 = 0 then s.day + 30 + s.h % 300 end,"
                    + " (select min(occurred_at)::date from conversion l where l.workspace_id = " + ws
                    + "   and l.person_key = s.person_key and l.type = 'LEAD' and l.occurred_at::date <= s.day), null"
                    + " from (select person_key, min(occurred_at)::date as day, abs(hashtext(person_key)) as h"
                    + "   from conversion where workspace_id = " + ws + " and type = 'SALE' group by person_key) s",
            // a revenue goal per campaign over the second half of the year
            "insert into goal (id, workspace_id, campaign_id, name, metric, target, start_date, deadline)"
                    + " select nextval('goal_id_seq'), " + ws + ", c.id, 'Revenue H2 ' || c.id, 'REVENUE', 20000,"
                    + " (select min(day) + 182 from bench_days), (select max(day) from bench_days)"
                    + " from campaign c where c.workspace_id = " + ws,
            "drop table bench_days",
            "vacuum (analyze) engagement_day, keyword_cpc, organic_clicks, touchpoint, service_saving, customer, goal",
        };
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : List.of("engagement_day", "keyword_cpc", "organic_clicks", "service_saving", "customer", "goal")) {
            try (Statement st = connection.createStatement();
                    ResultSet rs = st.executeQuery("select count(*) from " + table + " where workspace_id = " + ws)) {
                rs.next();
                counts.put(table, rs.getLong(1));
            }
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "select count(*) from touchpoint where workspace_id = " + ws + " and utm_term_key is not null")) {
            rs.next();
            counts.put("touchpoints with a term", rs.getLong(1));
        }
        return counts;
    }
}
