-- social-roi schema. Every table carries its workspace; every report query filters on it first.
-- Ids come from sequences that step by 50 so Hibernate can batch inserts (pooled optimizer).

create table workspace (
    id                 bigint primary key,
    slug               varchar(64)  not null unique,
    name               varchar(200) not null,
    reporting_currency varchar(3)      not null,
    created_at         timestamptz  not null default now()
);
create sequence workspace_id_seq increment by 50;

create table channel (
    id           bigint primary key,
    workspace_id bigint       not null references workspace (id),
    name         varchar(100) not null,
    kind         varchar(16)  not null,
    created_at   timestamptz  not null default now(),
    unique (id, workspace_id)
);
create sequence channel_id_seq increment by 50;
create index channel_workspace_idx on channel (workspace_id, id);

-- The names a touchpoint's utm_source may use for a channel: its name and its aliases, lower-cased.
-- One table so that a key can never point at two channels of a workspace.
create table channel_source_key (
    id           bigint primary key,
    workspace_id bigint       not null,
    channel_id   bigint       not null,
    source_key   varchar(400) not null,
    label        varchar(100) not null,
    is_name      boolean      not null,
    unique (workspace_id, source_key),
    foreign key (channel_id, workspace_id) references channel (id, workspace_id) on delete cascade
);
create sequence channel_source_key_id_seq increment by 50;
create index channel_source_key_channel_idx on channel_source_key (channel_id);

create table campaign (
    id              bigint primary key,
    workspace_id    bigint       not null references workspace (id),
    name            varchar(200) not null,
    objective       varchar(32)  not null,
    status          varchar(16)  not null,
    start_date      date         not null,
    end_date        date,
    budget_amount   numeric,
    budget_currency varchar(3),
    utm_campaign    varchar(200),
    -- utm_campaign lower-cased by the service (Locale.ROOT), so matching never depends on the database locale
    utm_campaign_key varchar(800),
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    unique (id, workspace_id),
    check (end_date is null or end_date >= start_date),
    check ((budget_amount is null) = (budget_currency is null))
);
create sequence campaign_id_seq increment by 50;
create index campaign_workspace_idx on campaign (workspace_id, id);
create unique index campaign_utm_campaign_uidx on campaign (workspace_id, utm_campaign_key)
    where utm_campaign_key is not null;

create table campaign_channel (
    workspace_id bigint not null,
    campaign_id  bigint not null,
    channel_id   bigint not null,
    primary key (campaign_id, channel_id),
    foreign key (campaign_id, workspace_id) references campaign (id, workspace_id) on delete cascade,
    foreign key (channel_id, workspace_id) references channel (id, workspace_id)
);

create table cost_entry (
    id           bigint primary key,
    workspace_id bigint        not null references workspace (id),
    campaign_id  bigint        not null,
    channel_id   bigint,
    category     varchar(32)   not null,
    amount       numeric       not null check (amount >= 0),
    currency     varchar(3)       not null,
    incurred_on  date          not null,
    hours        numeric       check (hours >= 0),
    hourly_rate  numeric       check (hourly_rate >= 0),
    description  varchar(1000),
    external_id  varchar(200),
    created_at   timestamptz   not null default now(),
    foreign key (campaign_id, workspace_id) references campaign (id, workspace_id),
    foreign key (channel_id, workspace_id) references channel (id, workspace_id)
);
create sequence cost_entry_id_seq increment by 50;
create index cost_entry_campaign_idx on cost_entry (workspace_id, campaign_id, incurred_on);
create index cost_entry_channel_idx on cost_entry (workspace_id, channel_id, incurred_on)
    where channel_id is not null;
create unique index cost_entry_external_id_uidx on cost_entry (workspace_id, external_id)
    where external_id is not null;

-- 1 base = rate quote, in force from valid_from until the next rate of the pair.
create table exchange_rate (
    id           bigint primary key,
    workspace_id bigint      not null references workspace (id),
    base         varchar(3)     not null,
    quote        varchar(3)     not null,
    rate         numeric     not null check (rate > 0),
    valid_from   date        not null,
    created_at   timestamptz not null default now(),
    unique (workspace_id, base, quote, valid_from),
    check (base <> quote)
);
create sequence exchange_rate_id_seq increment by 50;

create table touchpoint (
    id           bigint primary key,
    workspace_id bigint       not null references workspace (id),
    person_key   varchar(200) not null,
    occurred_at  timestamptz  not null,
    channel_id   bigint       not null,
    campaign_id  bigint,
    media_type   varchar(8)   not null,
    utm_source   varchar(200),
    utm_medium   varchar(200),
    utm_campaign varchar(200),
    utm_term     varchar(200),
    utm_content  varchar(200),
    landing_url  varchar(2000),
    external_id  varchar(200),
    created_at   timestamptz  not null default now(),
    foreign key (channel_id, workspace_id) references channel (id, workspace_id),
    foreign key (campaign_id, workspace_id) references campaign (id, workspace_id)
);
create sequence touchpoint_id_seq increment by 50;
-- The path of a conversion: one person's touchpoints in a time window, newest first or oldest first.
create index touchpoint_path_idx on touchpoint (workspace_id, person_key, occurred_at, id)
    include (channel_id, campaign_id, media_type);
create index touchpoint_period_idx on touchpoint (workspace_id, occurred_at);
create unique index touchpoint_external_id_uidx on touchpoint (workspace_id, external_id)
    where external_id is not null;

create table conversion (
    id               bigint primary key,
    workspace_id     bigint       not null references workspace (id),
    person_key       varchar(200) not null,
    occurred_at      timestamptz  not null,
    type             varchar(16)  not null,
    custom_type      varchar(100),
    revenue_amount   numeric      check (revenue_amount >= 0),
    revenue_currency varchar(3),
    campaign_id      bigint,
    channel_id       bigint,
    external_id      varchar(200),
    created_at       timestamptz  not null default now(),
    check ((revenue_amount is null) = (revenue_currency is null)),
    foreign key (channel_id, workspace_id) references channel (id, workspace_id),
    foreign key (campaign_id, workspace_id) references campaign (id, workspace_id)
);
create sequence conversion_id_seq increment by 50;
create index conversion_period_idx on conversion (workspace_id, occurred_at) include (type, person_key);
create index conversion_person_idx on conversion (workspace_id, person_key, occurred_at);
create unique index conversion_external_id_uidx on conversion (workspace_id, external_id)
    where external_id is not null;

-- Converts an amount into another currency at the rate in force on a date: the latest rate of the
-- pair on or before that date, in either direction (an inverse rate divides). NULL when there is
-- none: callers turn that into an error naming the pair and the date, never a silent 1:1.
create function fx_convert(p_workspace bigint, p_amount numeric, p_from varchar(3), p_to varchar(3), p_on date)
    returns numeric
    language sql stable parallel safe as
$$
select case
           when p_amount is null then null
           when p_from = p_to then p_amount
           else (select case when r.inverse then p_amount / r.rate else p_amount * r.rate end
                 from (select rate, valid_from, false as inverse
                       from exchange_rate
                       where workspace_id = p_workspace and base = p_from and quote = p_to and valid_from <= p_on
                       union all
                       select rate, valid_from, true
                       from exchange_rate
                       where workspace_id = p_workspace and base = p_to and quote = p_from and valid_from <= p_on) r
                 order by r.valid_from desc, r.inverse
                 limit 1)
       end
$$;

-- PostgreSQL's round() rounds half away from zero; attribution credits are rounded half-even.
create function round_half_even(p_value numeric, p_scale int)
    returns numeric
    language sql immutable strict parallel safe as
$$
select case
           when abs(p_value * power(10::numeric, p_scale) - trunc(p_value * power(10::numeric, p_scale))) = 0.5
               then round(2 * round(p_value * power(10::numeric, p_scale) / 2) / power(10::numeric, p_scale), p_scale)
           else round(p_value, p_scale)
       end
$$;

-- The workspace every request uses until authentication (a later step) names the caller's.
insert into workspace (id, slug, name, reporting_currency) values (1, 'default', 'Default workspace', 'EUR');
select setval('workspace_id_seq', 51, false);
