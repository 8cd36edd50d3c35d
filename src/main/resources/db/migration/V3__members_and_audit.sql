-- Who may do what in a workspace: a JWT subject and its role (VIEWER reads, ANALYST records data,
-- ADMIN also changes settings, exchange rates and members).
create table workspace_member (
    workspace_id bigint       not null references workspace (id) on delete cascade,
    subject      varchar(200) not null,
    role         varchar(16)  not null check (role in ('VIEWER', 'ANALYST', 'ADMIN')),
    created_at   timestamptz  not null default now(),
    created_by   varchar(200),
    primary key (workspace_id, subject)
);
create index workspace_member_subject_idx on workspace_member (subject);

-- Audit: every recorded item keeps who created it (the JWT subject) next to when (created_at).
alter table workspace add column created_by varchar(200);
alter table channel add column created_by varchar(200);
alter table campaign add column created_by varchar(200);
alter table cost_entry add column created_by varchar(200);
alter table exchange_rate add column created_by varchar(200);
alter table touchpoint add column created_by varchar(200);
alter table conversion add column created_by varchar(200);
