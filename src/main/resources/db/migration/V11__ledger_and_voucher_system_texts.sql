-- Issue 9: texts the system writes (a demo top-up, a welcome voucher) are stored as a code that the
-- pages render in the viewer's language; free text typed by staff stays in note / name as typed.
-- Adding a nullable column rewrites no row: the ledger stays append-only (its trigger is unchanged).
alter table ledger_entry add column note_code varchar(40);
alter table voucher add column name_code varchar(40);
comment on column ledger_entry.note_code is
    'LedgerText: a system-written note shown in the viewer''s language; null for free text (note)';
comment on column voucher.name_code is
    'LedgerText: a system-given voucher name shown in the viewer''s language; name keeps its Chinese text';
