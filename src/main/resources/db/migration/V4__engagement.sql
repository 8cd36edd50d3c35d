-- Daily engagement snapshots per channel (optionally per campaign) and media type. Re-sending a day
-- replaces it: one row per (channel, campaign or none, day, media type).
create table engagement_day (
    id               bigint primary key,
    workspace_id     bigint      not null references workspace (id),
    channel_id       bigint      not null,
    campaign_id      bigint,
    day              date        not null,
    media_type       varchar(8)  not null,
    impressions      bigint      not null default 0 check (impressions >= 0),
    reach            bigint      not null default 0 check (reach >= 0),
    likes            bigint      not null default 0 check (likes >= 0),
    comments         bigint      not null default 0 check (comments >= 0),
    shares           bigint      not null default 0 check (shares >= 0),
    saves            bigint      not null default 0 check (saves >= 0),
    clicks           bigint      not null default 0 check (clicks >= 0),
    video_views      bigint      not null default 0 check (video_views >= 0),
    followers_gained bigint      not null default 0 check (followers_gained >= 0),
    followers_lost   bigint      not null default 0 check (followers_lost >= 0),
    followers_total  bigint      check (followers_total >= 0),
    created_at       timestamptz not null default now(),
    created_by       varchar(200),
    updated_at       timestamptz not null default now(),
    foreign key (channel_id, workspace_id) references channel (id, workspace_id),
    foreign key (campaign_id, workspace_id) references campaign (id, workspace_id)
);
create sequence engagement_day_id_seq increment by 50;
create unique index engagement_day_key_uidx
    on engagement_day (workspace_id, channel_id, coalesce(campaign_id, 0), day, media_type);
-- reports by campaign and by channel over a period
create index engagement_day_campaign_idx on engagement_day (workspace_id, campaign_id, day) where campaign_id is not null;
create index engagement_day_channel_idx on engagement_day (workspace_id, channel_id, day);
