-- A notice's e-mail is queued without its text and rendered by the mail dispatcher when it sends it (issue 13:
-- the sweeps' business transactions no longer run the templates). The dispatcher writes what it rendered into
-- the row in the same transaction as it hands the mail over, so a sent row keeps the text that went out.
-- Direct mails (account setup, withdrawals, invoices, staff) are still rendered when queued.
alter table mail_outbox alter column subject drop not null;
alter table mail_outbox alter column body_text drop not null;
alter table mail_outbox alter column body_html drop not null;
alter table mail_outbox add constraint mail_outbox_rendered_or_notice check (
    ((subject is null) = (body_text is null) and (subject is null) = (body_html is null))
    and (subject is not null or notice_id is not null));
