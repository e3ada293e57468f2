-- SPEC section 1, column "set/cancel auto-renew": the two cut-offs of a product hold for cancelling
-- as they do for setting and modifying (V1's comments said "set" for the cloud one). Only the
-- documentation in the schema changes; the rule lives in CloudResource.autoRenewRefusal.
comment on column product_rule.auto_renew_change_min_days is
    'Auto-renew may be set, modified or cancelled only while at least this many days remain before expiry (Wanwang: 20); null = no such cut-off';
comment on column product_rule.auto_renew_blocked_within_days is
    'Auto-renew may not be set, modified or cancelled once the resource expires within this many days (cloud: 1); 0 = no such cut-off';
