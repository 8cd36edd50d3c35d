-- Report results are cached per workspace data version (ReportCache). Every write of touchpoints,
-- conversions, costs or exchange rates sets a new version from a sequence, so a version never repeats,
-- not even after a rolled-back write.
alter table workspace add column data_version bigint not null default 0;
create sequence data_version_seq;

-- Person keys are identifiers, not words: byte order ("C") makes sorting and grouping touchpoints by person
-- several times faster than a linguistic collation (the Markov chain and funnel sort a million of them).
alter table touchpoint alter column person_key type varchar(200) collate "C";
alter table conversion alter column person_key type varchar(200) collate "C";
