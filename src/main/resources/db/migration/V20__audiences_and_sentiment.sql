-- Audience snapshots (docs/content.md): a channel's audience on a day, as the platform exports it, one share (percent)
-- per segment of a dimension (age band, gender, country, city, language). A dimension of a snapshot sent again
-- replaces the one recorded: its rows are deleted and written again.
create table audience_share (
    id            bigint primary key,
    workspace_id  bigint        not null references workspace (id),
    channel_id    bigint        not null,
    day           date          not null,
    dimension     varchar(16)   not null,
    segment       varchar(200)  not null,
    share         numeric       not null check (share >= 0 and share <= 100),
    import_id     bigint,
    created_at    timestamptz   not null default now(),
    created_by    varchar(200),
    foreign key (channel_id, workspace_id) references channel (id, workspace_id),
    foreign key (import_id, workspace_id) references import_run (id, workspace_id)
);
create sequence audience_share_id_seq increment by 50;
create unique index audience_share_key_uidx on audience_share (workspace_id, channel_id, day, dimension, lower(segment));
create index audience_share_import_idx on audience_share (workspace_id, import_id) where import_id is not null;

-- Daily mention counts per channel from a listening tool; a day sent again replaces it.
create table sentiment_day (
    id            bigint primary key,
    workspace_id  bigint        not null references workspace (id),
    channel_id    bigint        not null,
    day           date          not null,
    positive      bigint        not null default 0 check (positive >= 0),
    neutral       bigint        not null default 0 check (neutral >= 0),
    negative      bigint        not null default 0 check (negative >= 0),
    created_at    timestamptz   not null default now(),
    created_by    varchar(200),
    updated_at    timestamptz   not null default now(),
    foreign key (channel_id, workspace_id) references channel (id, workspace_id)
);
create sequence sentiment_day_id_seq increment by 50;
create unique index sentiment_day_key_uidx on sentiment_day (workspace_id, channel_id, day);
create index sentiment_day_day_idx on sentiment_day (workspace_id, day);
