-- Support work that social content made unnecessary: contacts (tickets, calls, chats) deflected in a period on a
-- channel, optionally credited to a campaign, at a cost per contact. Savings = contacts × cost per contact.
-- Re-sending the same channel, campaign and period replaces it; periods of one channel and campaign never overlap,
-- so nothing is counted twice.
create table service_saving (
    id               bigint primary key,
    workspace_id     bigint       not null references workspace (id),
    channel_id       bigint       not null,
    campaign_id      bigint,
    period_from      date         not null,
    period_to        date         not null,
    contacts         bigint       not null check (contacts >= 0),
    cost_per_contact numeric      not null check (cost_per_contact >= 0),
    currency         varchar(3)   not null,
    description      varchar(500),
    created_at       timestamptz  not null default now(),
    created_by       varchar(200),
    updated_at       timestamptz  not null default now(),
    check (period_to >= period_from),
    foreign key (channel_id, workspace_id) references channel (id, workspace_id),
    foreign key (campaign_id, workspace_id) references campaign (id, workspace_id)
);
create sequence service_saving_id_seq increment by 50;
create unique index service_saving_key_uidx
    on service_saving (workspace_id, channel_id, coalesce(campaign_id, 0), period_from, period_to);
-- reports by campaign, by channel and for the workspace over a period (records overlapping it)
create index service_saving_campaign_idx on service_saving (workspace_id, campaign_id, period_from) where campaign_id is not null;
create index service_saving_period_idx on service_saving (workspace_id, period_from, period_to);
