-- Organic clicks counted from touchpoints (earned media value, source TOUCHPOINTS) are matched to keyword prices by
-- the keyword as the service normalizes it (KeywordMath.normalize: Locale.ROOT, the same for CPCs and terms).
-- PostgreSQL's lower() follows the database's collation (under C it leaves Å or İ as they are), so the normalized
-- term is computed by the service when a touchpoint is recorded, and stored. Rows recorded before are normalized
-- here by the SQL twin, which agrees for ASCII terms.
alter table touchpoint add column utm_term_key varchar(200);
update touchpoint set utm_term_key = nullif(normalize_keyword(utm_term), '') where utm_term is not null;

drop index touchpoint_organic_term_campaign_idx;
drop index touchpoint_organic_term_channel_idx;
drop index touchpoint_organic_term_idx;
create index touchpoint_organic_term_campaign_idx on touchpoint (workspace_id, campaign_id, occurred_at)
    include (utm_term_key) where utm_term_key is not null and media_type in ('OWNED', 'EARNED') and campaign_id is not null;
create index touchpoint_organic_term_channel_idx on touchpoint (workspace_id, channel_id, occurred_at)
    include (utm_term_key) where utm_term_key is not null and media_type in ('OWNED', 'EARNED');
create index touchpoint_organic_term_idx on touchpoint (workspace_id, occurred_at)
    include (utm_term_key) where utm_term_key is not null and media_type in ('OWNED', 'EARNED');
