-- Imports of marketers' export files (issue 13; README "Importing your data", docs/imports.md).

-- One upload: who sent what, what was detected, what it wrote. Kept after a delete (status DELETED) as history.
create table import_run (
    id            bigint primary key,
    workspace_id  bigint        not null references workspace (id),
    status        varchar(16)   not null,
    file_name     varchar(300)  not null,
    size_bytes    bigint        not null check (size_bytes >= 0),
    format        varchar(32),
    encoding      varchar(16),
    delimiter     varchar(4),
    locale        varchar(35),
    currency      varchar(3),
    header_line   integer,
    rows_read     integer       not null default 0,
    rows_written  integer       not null default 0,
    rows_replaced integer       not null default 0,
    rows_rejected integer       not null default 0,
    -- the preview and the first line errors, as the service answered them (JSON written and read by the service)
    result_json   text          not null,
    created_by    varchar(200),
    created_at    timestamptz   not null default now(),
    unique (id, workspace_id)
);
create sequence import_run_id_seq increment by 50;
create index import_run_workspace_idx on import_run (workspace_id, id);

-- Which campaign a platform's campaign (by id, or by name when the file has no id) is recorded on.
create table platform_campaign_mapping (
    id                   bigint primary key,
    workspace_id         bigint        not null references workspace (id),
    platform             varchar(32)   not null,
    account_id           varchar(200)  not null default '',
    platform_campaign    varchar(400)  not null,
    -- platform_campaign lower-cased by the service (Locale.ROOT), as matched
    platform_campaign_key varchar(400) not null,
    campaign_id          bigint        not null,
    created_by           varchar(200),
    created_at           timestamptz   not null default now(),
    unique (workspace_id, platform, account_id, platform_campaign_key),
    foreign key (campaign_id, workspace_id) references campaign (id, workspace_id) on delete cascade
);
create sequence platform_campaign_mapping_id_seq increment by 50;

-- The figures of each imported (source, account, platform campaign, day): a later import of the key replaces the
-- row, and the engagement day of the campaign (or channel) is the sum of its keys' rows.
create table imported_ad_day (
    id           bigint primary key,
    workspace_id bigint        not null references workspace (id),
    import_id    bigint        not null,
    import_key   varchar(1000) not null,
    channel_id   bigint        not null,
    campaign_id  bigint,
    day          date          not null,
    impressions  bigint        not null default 0 check (impressions >= 0),
    reach        bigint        not null default 0 check (reach >= 0),
    clicks       bigint        not null default 0 check (clicks >= 0),
    unique (workspace_id, import_key),
    foreign key (import_id, workspace_id) references import_run (id, workspace_id),
    foreign key (channel_id, workspace_id) references channel (id, workspace_id),
    foreign key (campaign_id, workspace_id) references campaign (id, workspace_id)
);
create sequence imported_ad_day_id_seq increment by 50;
create index imported_ad_day_import_idx on imported_ad_day (workspace_id, import_id);
create index imported_ad_day_target_idx on imported_ad_day (workspace_id, channel_id, day);

-- Costs recorded on the channel alone (an import's CHANNEL_ONLY option): no campaign, but then a channel.
alter table cost_entry alter column campaign_id drop not null;
alter table cost_entry add constraint cost_entry_campaign_or_channel check (campaign_id is not null or channel_id is not null);
-- The import that wrote a row and, for costs, the natural key a later import replaces it by.
alter table cost_entry add column import_id bigint;
alter table cost_entry add column import_key varchar(1000);
alter table cost_entry add foreign key (import_id, workspace_id) references import_run (id, workspace_id);
create unique index cost_entry_import_key_uidx on cost_entry (workspace_id, import_key) where import_key is not null;
create index cost_entry_import_idx on cost_entry (workspace_id, import_id) where import_id is not null;
alter table touchpoint add column import_id bigint;
alter table touchpoint add foreign key (import_id, workspace_id) references import_run (id, workspace_id);
create index touchpoint_import_idx on touchpoint (workspace_id, import_id) where import_id is not null;
alter table conversion add column import_id bigint;
alter table conversion add foreign key (import_id, workspace_id) references import_run (id, workspace_id);
create index conversion_import_idx on conversion (workspace_id, import_id) where import_id is not null;
