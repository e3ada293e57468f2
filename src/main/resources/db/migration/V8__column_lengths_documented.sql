-- Issue 7 (input hardening): the lengths of the text columns that user input reaches are checked at
-- the edge, before any SQL, from the constants in io.billingconsole.shared.Columns (Bean Validation
-- @Text on request records, Params.text on query values). ColumnsTest compares those constants with
-- information_schema.columns: a migration that changes one of these lengths must change the constant.
comment on column account.display_name is 'Columns.ACCOUNT_DISPLAY_NAME (100): checked at the edge';
comment on column account.email is 'Columns.ACCOUNT_EMAIL (200): checked at the edge';
comment on column account.phone is 'Columns.ACCOUNT_PHONE (30): checked at the edge';
comment on column app_user.username is 'Columns.USERNAME (64): checked at the edge';
comment on column cloud_resource.name is 'Columns.RESOURCE_NAME (120): checked at the edge';
comment on column cloud_resource.region is 'Columns.RESOURCE_REGION (40): checked at the edge';
comment on column cloud_resource.product_type is 'Columns.PRODUCT_TYPE (30): checked at the edge';
comment on column voucher.name is 'Columns.VOUCHER_NAME (100): checked at the edge';
comment on column ledger_entry.note is 'Columns.LEDGER_NOTE (200): checked at the edge';
