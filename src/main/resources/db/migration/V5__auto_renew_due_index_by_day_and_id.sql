-- The auto-renew sweep walks the due resources in (next attempt day, id) order up to the day, along
-- this partial index: a range scan that reads only what is due, and one index probe when nothing is.
-- (The index on the day alone let the planner choose the primary key for the id-ordered batches and
-- walk all rows when its statistics still expected many to be due: 1 s at 1,000,000 resources.)
drop index cloud_resource_auto_renew_due;
create index cloud_resource_auto_renew_due on cloud_resource (next_auto_renew_on, id) where next_auto_renew_on is not null;
