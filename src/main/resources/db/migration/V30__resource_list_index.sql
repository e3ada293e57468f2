-- Issue 13: the renewal list's counts (per product type and status, running ones expiring soon) and the
-- ids of its page in its orders by expiry or urgency (status, the product's renewal window, expiry, id)
-- are read from this index alone. Before, each of them read all of the account's rows from the table:
-- in the benchmark the 2,000 resources of one account sat in 1,545 different heap pages.
create index cloud_resource_account_status_expiry on cloud_resource (account_id, status, product_type, expires_at, id);
