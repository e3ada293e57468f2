-- The auto-renew sweep walks the due resources in (next attempt day, account, id) order: a batch then holds each
-- account's due resources side by side, and the sweep charges up to 20 of one account's resources in one
-- transaction (one account lock, one commit). In (day, id) order an account's resources were spread over the whole
-- walk (at 100,000 due on 10,000 accounts, about one of them per batch of 500), so each needed its own transaction.
-- Still a range scan over what is due only, and one index probe when nothing is; the funds warnings' range on the
-- day uses it as before.
drop index cloud_resource_auto_renew_due;
create index cloud_resource_auto_renew_due on cloud_resource (next_auto_renew_on, account_id, id)
    where next_auto_renew_on is not null;
