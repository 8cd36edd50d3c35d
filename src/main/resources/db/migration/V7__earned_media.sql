-- Earned media value (EMV): what organic traffic would have cost if bought.
--  * keyword_cpc: a keyword's cost-per-click price, in force from valid_from to valid_to (inclusive; null =
--    open-ended). The prices of one keyword never overlap (checked by the service under an advisory lock).
--  * organic_clicks: organic clicks per keyword and UTC day, optionally per channel and campaign. Re-sending
--    (keyword, channel or none, campaign or none, day) replaces it. Monthly figures go on the month's first day.
--  * earned_media_cpm: the price of 1,000 OWNED or EARNED impressions, workspace-wide (channel_id null) or for
--    one channel (overrides the workspace-wide price for that channel).
-- Keywords are stored normalized (trimmed, lower-cased, inner whitespace collapsed): normalize_keyword() is the
-- SQL twin of KeywordMath.normalize, used on touchpoints' utm_term.

create function normalize_keyword(p_text text)
    returns text
    language sql immutable strict parallel safe as
$$
select lower(btrim(regexp_replace(p_text, '\s+', ' ', 'g')))
$$;

create table keyword_cpc (
    id           bigint generated always as identity primary key,
    workspace_id bigint       not null references workspace (id),
    keyword      varchar(200) not null,
    valid_from   date         not null,
    valid_to     date,
    amount       numeric      not null check (amount >= 0),
    currency     varchar(3)   not null,
    created_at   timestamptz  not null default now(),
    created_by   varchar(200),
    updated_at   timestamptz  not null default now(),
    check (valid_to is null or valid_to >= valid_from)
);
-- the upsert key, and the lookup of the price in force on a day (keyword = ?, valid_from <= day, newest first)
create unique index keyword_cpc_key_uidx on keyword_cpc (workspace_id, keyword, valid_from);

create table organic_clicks (
    id           bigint generated always as identity primary key,
    workspace_id bigint       not null references workspace (id),
    keyword      varchar(200) not null,
    day          date         not null,
    channel_id   bigint,
    campaign_id  bigint,
    clicks       bigint       not null check (clicks >= 0),
    created_at   timestamptz  not null default now(),
    created_by   varchar(200),
    updated_at   timestamptz  not null default now(),
    foreign key (channel_id, workspace_id) references channel (id, workspace_id),
    foreign key (campaign_id, workspace_id) references campaign (id, workspace_id)
);
create unique index organic_clicks_key_uidx
    on organic_clicks (workspace_id, keyword, coalesce(channel_id, 0), coalesce(campaign_id, 0), day);
-- reports by campaign, by channel and for the whole workspace over a period
create index organic_clicks_campaign_idx on organic_clicks (workspace_id, campaign_id, day) where campaign_id is not null;
create index organic_clicks_channel_idx on organic_clicks (workspace_id, channel_id, day) where channel_id is not null;
create index organic_clicks_day_idx on organic_clicks (workspace_id, day);

create table earned_media_cpm (
    workspace_id bigint      not null references workspace (id),
    media_type   varchar(8)  not null check (media_type in ('OWNED', 'EARNED')),
    channel_id   bigint,
    amount       numeric     not null check (amount >= 0),
    currency     varchar(3)  not null,
    created_at   timestamptz not null default now(),
    created_by   varchar(200),
    updated_at   timestamptz not null default now(),
    foreign key (channel_id, workspace_id) references channel (id, workspace_id)
);
create unique index earned_media_cpm_key_uidx on earned_media_cpm (workspace_id, media_type, coalesce(channel_id, 0));

-- organic clicks counted from touchpoints (source TOUCHPOINTS): OWNED/EARNED touchpoints with a utm_term
create index touchpoint_organic_term_campaign_idx on touchpoint (workspace_id, campaign_id, occurred_at)
    include (utm_term) where utm_term is not null and media_type in ('OWNED', 'EARNED') and campaign_id is not null;
create index touchpoint_organic_term_channel_idx on touchpoint (workspace_id, channel_id, occurred_at)
    include (utm_term) where utm_term is not null and media_type in ('OWNED', 'EARNED');
create index touchpoint_organic_term_idx on touchpoint (workspace_id, occurred_at)
    include (utm_term) where utm_term is not null and media_type in ('OWNED', 'EARNED');
-- OWNED/EARNED impressions of the channels' own rows (workspace-wide report)
create index engagement_day_own_day_idx on engagement_day (workspace_id, day) where campaign_id is null;
