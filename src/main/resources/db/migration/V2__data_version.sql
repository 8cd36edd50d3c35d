-- Report results are cached per workspace data version (ReportCache). Every write of touchpoints,
-- conversions, costs or exchange rates sets a new version from a sequence, so a version never repeats,
-- not even after a rolled-back write.
alter table workspace add column data_version bigint not null default 0;
create sequence data_version_seq;
