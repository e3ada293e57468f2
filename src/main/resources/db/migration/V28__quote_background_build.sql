-- Large renewal quotes (issue 12): up to 10,000 lines, built in the background with progress kept in the
-- database (the truth for every instance). Quotes made before are complete (READY).
alter table quote
    add column status       varchar(12) not null default 'READY' check (status in ('PREPARING', 'READY', 'FAILED')),
    add column lines_total  int         not null default 0 check (lines_total >= 0),
    add column lines_done   int         not null default 0 check (lines_done >= 0),
    -- every (re)start of a build takes the next attempt; a worker of an older attempt stops writing
    add column attempt      int         not null default 0,
    -- the builder's last sign of life: a PREPARING quote without one for a while was interrupted (crash)
    add column heartbeat_at timestamptz,
    -- why a build failed: an error code and its message arguments (tab-separated)
    add column failure      varchar(400);

update quote q set lines_total = (select count(*) from quote_line l where l.quote_id = q.id),
                   lines_done  = (select count(*) from quote_line l where l.quote_id = q.id);

-- the selection of a quote built in the background, in the order it was chosen
create table quote_item (
    quote_id    bigint not null references quote (id) on delete cascade,
    position    int    not null,
    resource_id bigint not null references cloud_resource (id),
    months      int    not null check (months > 0),
    primary key (quote_id, position),
    unique (quote_id, resource_id)
);
