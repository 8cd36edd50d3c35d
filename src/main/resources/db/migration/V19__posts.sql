-- Posts (docs/content.md): one row per (channel, the platform's post id); lifetime metrics sent again replace
-- the old ones. A touchpoint belongs to the post of its channel whose utm_content key it carries, so the key is
-- unique per channel.
create table post (
    id            bigint primary key,
    workspace_id  bigint        not null references workspace (id),
    channel_id    bigint        not null,
    campaign_id   bigint,
    external_id   varchar(200)  not null,
    published_at  timestamptz   not null,
    content_type  varchar(16)   not null,
    tags          varchar(100)[],  -- null: never sent (a post sent again without tags keeps its own)
    url           varchar(2000),
    utm_content   varchar(200),
    impressions   bigint        not null default 0 check (impressions >= 0),
    reach         bigint        not null default 0 check (reach >= 0),
    likes         bigint        not null default 0 check (likes >= 0),
    comments      bigint        not null default 0 check (comments >= 0),
    shares        bigint        not null default 0 check (shares >= 0),
    saves         bigint        not null default 0 check (saves >= 0),
    clicks        bigint        not null default 0 check (clicks >= 0),
    video_views   bigint        not null default 0 check (video_views >= 0),
    import_id     bigint,
    created_at    timestamptz   not null default now(),
    created_by    varchar(200),
    updated_at    timestamptz   not null default now(),
    unique (id, workspace_id),
    foreign key (channel_id, workspace_id) references channel (id, workspace_id),
    foreign key (campaign_id, workspace_id) references campaign (id, workspace_id),
    foreign key (import_id, workspace_id) references import_run (id, workspace_id)
);
create sequence post_id_seq increment by 50;
create unique index post_key_uidx on post (workspace_id, channel_id, external_id);
create unique index post_utm_content_uidx on post (workspace_id, channel_id, utm_content) where utm_content is not null;
create index post_published_idx on post (workspace_id, published_at);
create index post_import_idx on post (workspace_id, import_id) where import_id is not null;

-- A post's production cost is a cost entry like any other (so campaign and channel ROI count it), linked to the
-- post: at most one per post, removed with it.
alter table cost_entry add column post_id bigint;
alter table cost_entry add foreign key (post_id, workspace_id) references post (id, workspace_id) on delete cascade;
create unique index cost_entry_post_uidx on cost_entry (workspace_id, post_id) where post_id is not null;

-- The touchpoints of a post: same channel, utm_content equal to the post's key.
create index touchpoint_utm_content_idx on touchpoint (workspace_id, channel_id, utm_content)
    where utm_content is not null;
