-- Data-subject erasures (erasePerson, issue 13): one row per request, holding no personal data of the person: the
-- key only as a keyed hash (HMAC-SHA-256 with the erasure salt, hex), and how many rows of each kind were removed.
-- created_by is the ADMIN who asked for it, as on every recorded item.
create table erasure_audit (
    id           bigint primary key,
    workspace_id bigint      not null references workspace (id) on delete cascade,
    person_hash  varchar(64) not null,
    touchpoints  integer     not null check (touchpoints >= 0),
    conversions  integer     not null check (conversions >= 0),
    customers    integer     not null check (customers >= 0),
    created_by   varchar(200),
    created_at   timestamptz not null default now()
);
create sequence erasure_audit_id_seq increment by 50;
-- "was this person erased here, and when": the hash of the key asked about
create index erasure_audit_person_idx on erasure_audit (workspace_id, person_hash);

-- The salt of those hashes when none is configured (social-roi.erasure.salt): made at the first erasure of the
-- installation and kept, so that erasing the same key again gives the same hash. One row.
create table erasure_salt (
    id         smallint     primary key check (id = 1),
    salt       varchar(100) not null,
    created_at timestamptz  not null default now()
);
