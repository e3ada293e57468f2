package io.billingconsole.invoice;

import io.billingconsole.ledger.LedgerService;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Invoice titles, applications and their review (SPEC 14).
 *
 * <p>The rule for invoice debt: an application first offsets the account's open invoice debt with
 * its items (oldest item and oldest debt first) and invoices only the rest; when nothing is left no
 * invoice is made (the items were used up as offsets). An application whose items do not cover the
 * open debt is refused (INVOICE_DEBT_OPEN, with the debt page's link) and changes nothing: no invoice
 * can be made while debt remains. With an amount, the oldest items are taken until the debt plus the
 * amount is covered (the last one partly); the first part offsets the debt, the amount is invoiced.
 * Every application reads and writes under the account's row lock, so two at once cannot invoice the
 * same money twice.
 */
@ApplicationScoped
public class InvoiceService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public record NewTitle(TitleType type, String name, String taxId, String address, String phone, String bank,
                           String bankAccount) {
    }

    /** An application: {@code items} or {@code amount} (exactly one). */
    public record Application(long accountId, long userId, Long titleId, InvoiceKind kind,
                              List<Invoiceable.Item> items, Money amount, String email, String idempotencyKey) {
    }

    /** What an application did: the invoice (null when everything went to the debt) and what it offset. */
    public record Applied(Invoice invoice, Money offset) {
    }

    @Inject
    EntityManager em;

    @Inject
    LedgerService ledger;

    @Inject
    Invoiceables invoiceables;

    @Inject
    InvoiceDebtService debts;

    @Inject
    InvoicePdf pdfs;

    @Inject
    Event<InvoiceChanged> changed;

    @Inject
    Clock clock;

    @Inject
    java.time.ZoneId zone;

    // ---- titles

    @Transactional
    public InvoiceTitle createTitle(long accountId, NewTitle t) {
        if (t == null || t.type() == null) {
            throw new DomainException(InvoiceError.INVOICE_TITLE_TYPE_REQUIRED);
        }
        if (t.name() == null || t.name().isBlank()) {
            throw new DomainException(InvoiceError.INVOICE_TITLE_NAME_REQUIRED);
        }
        InvoiceTitle title = new InvoiceTitle();
        title.accountId = accountId;
        title.type = t.type();
        title.name = Params.text(t.name().trim(), "name", 100);
        if (t.type() == TitleType.ENTERPRISE) {
            String code = CreditCodes.normalize(t.taxId());
            if (!CreditCodes.isValid(code)) {
                throw new DomainException(InvoiceError.TAX_ID_INVALID, t.taxId() == null ? "" : t.taxId());
            }
            title.taxId = code;
            title.address = optional(t.address(), "address", 200);
            title.phone = optional(t.phone(), "phone", 30);
            title.bank = optional(t.bank(), "bank", 100);
            title.bankAccount = optional(t.bankAccount(), "bankAccount", 40);
        }
        title.createdAt = clock.instant();
        title.persist();
        return title;
    }

    @Transactional
    public List<InvoiceTitle> titles(long accountId) {
        return InvoiceTitle.<InvoiceTitle>find("accountId = ?1 and deleted = false", Sort.ascending("id"), accountId)
                .list();
    }

    /** One of the account's titles that is not deleted; anything else is not found. */
    @Transactional
    public InvoiceTitle title(long accountId, long titleId) {
        InvoiceTitle t = em.find(InvoiceTitle.class, titleId);
        if (t == null || t.accountId != accountId || t.deleted) {
            throw new DomainException(InvoiceError.INVOICE_TITLE_NOT_FOUND, String.valueOf(titleId));
        }
        return t;
    }

    @Transactional
    public void deleteTitle(long accountId, long titleId) {
        title(accountId, titleId).deleted = true;
    }

    // ---- invoiceable, applications

    @Transactional
    public List<Invoiceable> invoiceable(long accountId) {
        return invoiceables.of(accountId);
    }

    @Transactional
    public Applied apply(Application a) {
        String key = Params.idempotencyKey(a.idempotencyKey());
        if (a.kind() == null) {
            throw new DomainException(InvoiceError.INVOICE_KIND_REQUIRED);
        }
        String email = a.email() == null ? "" : a.email().trim();
        if (email.length() > 200 || !EMAIL.matcher(email).matches()) {
            throw new DomainException(InvoiceError.INVOICE_EMAIL_INVALID, email);
        }
        if (a.titleId() == null) {
            throw new DomainException(InvoiceError.INVOICE_TITLE_NOT_FOUND, "");
        }
        boolean byItems = a.items() != null && !a.items().isEmpty();
        if (byItems == (a.amount() != null)) {
            throw new DomainException(InvoiceError.INVOICE_ITEMS_OR_AMOUNT);
        }
        if (a.amount() != null && !a.amount().isPositive()) {
            throw new DomainException(CommonError.INVALID_AMOUNT, a.amount().toPlainString());
        }
        ledger.lockAccount(a.accountId());
        Invoice earlier = Invoice.<Invoice>find("accountId = ?1 and idempotencyKey = ?2", a.accountId(), key)
                .firstResult();
        if (earlier != null) {
            if (earlier.kind != a.kind() || earlier.titleId != a.titleId()
                    || (a.amount() != null && !earlier.amount.equals(a.amount()))) {
                throw new DomainException(CommonError.IDEMPOTENCY_KEY_REUSED);
            }
            return new Applied(earlier, Money.ZERO);
        }
        InvoiceTitle title = title(a.accountId(), a.titleId());
        if (a.kind() == InvoiceKind.SPECIAL && !title.allowsSpecial()) {
            throw new DomainException(InvoiceError.SPECIAL_NEEDS_ENTERPRISE);
        }
        List<Invoiceable> all = invoiceables.of(a.accountId());
        Money debt = debts.openTotal(a.accountId());
        List<Invoiceable.Piece> pieces;
        if (byItems) {
            pieces = Invoiceables.chosen(all, a.items()).stream().map(Invoiceable::piece).toList();
        } else {
            Money available = Invoiceables.total(all);
            if (available.isLessThan(debt)) {
                throw new DomainException(InvoiceError.INVOICE_DEBT_OPEN, debt.toPlainString(), available.toPlainString());
            }
            if (available.isLessThan(debt.plus(a.amount()))) {
                throw new DomainException(InvoiceError.AMOUNT_OVER_INVOICEABLE, available.minus(debt).toPlainString());
            }
            pieces = Invoiceables.split(all.stream().map(Invoiceable::piece).toList(), debt.plus(a.amount())).get(0);
        }
        Money total = Money.ZERO;
        for (Invoiceable.Piece p : pieces) {
            total = total.plus(p.amount());
        }
        if (total.isLessThan(debt)) {
            throw new DomainException(InvoiceError.INVOICE_DEBT_OPEN, debt.toPlainString(), total.toPlainString());
        }
        List<List<Invoiceable.Piece>> parts = Invoiceables.split(pieces, debt);
        Money invoiced = total.minus(debt);
        Invoice invoice = null;
        if (invoiced.isPositive()) {
            invoice = new Invoice();
            invoice.accountId = a.accountId();
            invoice.titleId = title.id;
            invoice.kind = a.kind();
            invoice.amount = invoiced;
            invoice.status = InvoiceStatus.PENDING_REVIEW;
            invoice.email = email;
            invoice.titleType = title.type;
            invoice.titleName = title.name;
            invoice.titleTaxId = title.taxId;
            invoice.titleAddress = title.address;
            invoice.titlePhone = title.phone;
            invoice.titleBank = title.bank;
            invoice.titleBankAccount = title.bankAccount;
            invoice.requestedBy = a.userId();
            invoice.idempotencyKey = key;
            invoice.createdAt = clock.instant();
            invoice.persist();
            em.flush();
            for (Invoiceable.Piece p : parts.get(1)) {
                em.createNativeQuery("insert into invoice_item (invoice_id, order_id, bill_id, amount_fen)"
                                + " values (?1, ?2, ?3, ?4)").setParameter(1, invoice.id).setParameter(2, p.orderId())
                        .setParameter(3, p.billId()).setParameter(4, p.amount().fen()).executeUpdate();
            }
        }
        Money offset = debt.isPositive()
                ? debts.use(a.accountId(), parts.get(0), invoice == null ? null : invoice.id, a.userId())
                : Money.ZERO;
        if (invoice != null) {
            fire(invoice);
        }
        return new Applied(invoice, offset);
    }

    /** The customer cancels while the application waits for review. */
    @Transactional
    public Invoice cancel(long accountId, long invoiceId) {
        find(accountId, invoiceId);
        ledger.lockAccount(accountId);
        Invoice i = lock(invoiceId);
        if (i.status != InvoiceStatus.PENDING_REVIEW) {
            throw new DomainException(InvoiceError.INVOICE_NOT_PENDING, String.valueOf(invoiceId));
        }
        i.status = InvoiceStatus.CANCELLED;
        debts.clearFor(i.id);
        fire(i);
        return i;
    }

    /** The customer asks to return an issued invoice (red-letter reversal by finance). */
    @Transactional
    public Invoice requestReturn(long accountId, long invoiceId, String reason) {
        String why = reason(reason);
        find(accountId, invoiceId);
        ledger.lockAccount(accountId);
        Invoice i = lock(invoiceId);
        if (i.status != InvoiceStatus.ISSUED) {
            throw new DomainException(InvoiceError.INVOICE_NOT_ISSUED, String.valueOf(invoiceId));
        }
        i.status = InvoiceStatus.RETURN_REQUESTED;
        i.returnReason = why;
        i.returnRefusal = null;
        fire(i);
        return i;
    }

    /** One of the account's invoices; another account's is not found. */
    @Transactional
    public Invoice find(long accountId, long invoiceId) {
        Invoice i = em.find(Invoice.class, invoiceId);
        if (i == null || i.accountId != accountId) {
            throw new DomainException(InvoiceError.INVOICE_NOT_FOUND, String.valueOf(invoiceId));
        }
        return i;
    }

    /** Any invoice (finance). */
    @Transactional
    public Invoice get(long invoiceId) {
        Invoice i = em.find(Invoice.class, invoiceId);
        if (i == null) {
            throw new DomainException(InvoiceError.INVOICE_NOT_FOUND, String.valueOf(invoiceId));
        }
        return i;
    }

    /** The account's invoices, newest first. */
    @Transactional
    public PageOf<Invoice> list(long accountId, int page, int size) {
        var query = Invoice.<Invoice>find("accountId", Sort.descending("createdAt").and("id", Sort.Direction.Descending),
                accountId);
        return PageOf.of(query.page(Page.of(page - 1, size)).list(), page, size, query::count);
    }

    /** Invoices in the given statuses (finance's queue), oldest first. */
    @Transactional
    public PageOf<Invoice> queue(List<InvoiceStatus> statuses, int page, int size) {
        var query = Invoice.<Invoice>find("status in ?1", Sort.ascending("createdAt", "id"), statuses);
        return PageOf.of(query.page(Page.of(page - 1, size)).list(), page, size, query::count);
    }

    /** What an invoice covers. */
    @Transactional
    public List<Invoiceable.Piece> items(long invoiceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select order_id, bill_id, amount_fen from invoice_item"
                + " where invoice_id = ?1 order by id").setParameter(1, invoiceId).getResultList();
        List<Invoiceable.Piece> pieces = new ArrayList<>();
        for (Object[] r : rows) {
            pieces.add(new Invoiceable.Piece(r[0] == null ? null : ((Number) r[0]).longValue(),
                    r[1] == null ? null : ((Number) r[1]).longValue(), Money.ofFen(((Number) r[2]).longValue())));
        }
        return pieces;
    }

    /** The issued invoice's PDF; {@code accountId} null for finance. Not issued (or another account's): not found. */
    @Transactional
    public byte[] pdf(Long accountId, long invoiceId) {
        Invoice i = accountId == null ? get(invoiceId) : find(accountId, invoiceId);
        @SuppressWarnings("unchecked")
        List<byte[]> found = em.createNativeQuery("select pdf from invoice where id = ?1 and pdf is not null")
                .setParameter(1, i.id).getResultList();
        if (found.isEmpty() || found.get(0) == null) {
            throw new DomainException(InvoiceError.INVOICE_NOT_FOUND, String.valueOf(invoiceId));
        }
        return found.get(0);
    }

    // ---- finance

    /** Finance issues: a number (year + 8-digit sequence), today's date and the e-invoice PDF. */
    @Transactional
    public Invoice issue(long invoiceId, long financeUserId) {
        Invoice i = reviewable(invoiceId, InvoiceStatus.PENDING_REVIEW, InvoiceError.INVOICE_NOT_PENDING);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        long next = ((Number) em.createNativeQuery("select nextval('invoice_number_seq')").getSingleResult()).longValue();
        i.number = today.getYear() + String.format("%08d", next);
        i.issuedOn = today;
        i.status = InvoiceStatus.ISSUED;
        i.reviewedBy = financeUserId;
        i.reviewedAt = clock.instant();
        em.flush();
        byte[] pdf = pdfs.render(i, items(i.id));
        em.createNativeQuery("update invoice set pdf = ?1 where id = ?2").setParameter(1, pdf).setParameter(2, i.id)
                .executeUpdate();
        fire(i);
        return i;
    }

    @Transactional
    public Invoice reject(long invoiceId, long financeUserId, String reason) {
        String why = reason(reason);
        Invoice i = reviewable(invoiceId, InvoiceStatus.PENDING_REVIEW, InvoiceError.INVOICE_NOT_PENDING);
        i.status = InvoiceStatus.REJECTED;
        i.rejectReason = why;
        i.reviewedBy = financeUserId;
        i.reviewedAt = clock.instant();
        debts.clearFor(i.id);
        fire(i);
        return i;
    }

    /** Finance confirms the red-letter reversal: RETURNED, and the debt the invoice carried is cleared. */
    @Transactional
    public Invoice confirmReturn(long invoiceId, long financeUserId) {
        Invoice i = reviewable(invoiceId, InvoiceStatus.RETURN_REQUESTED, InvoiceError.INVOICE_NOT_RETURN_REQUESTED);
        i.status = InvoiceStatus.RETURNED;
        i.returnedAt = clock.instant();
        i.reviewedBy = financeUserId;
        debts.clearFor(i.id);
        fire(i);
        return i;
    }

    /** Finance refuses the return with a reason: the invoice is ISSUED again. */
    @Transactional
    public Invoice refuseReturn(long invoiceId, long financeUserId, String reason) {
        String why = reason(reason);
        Invoice i = reviewable(invoiceId, InvoiceStatus.RETURN_REQUESTED, InvoiceError.INVOICE_NOT_RETURN_REQUESTED);
        i.status = InvoiceStatus.ISSUED;
        i.returnRefusal = why;
        i.reviewedBy = financeUserId;
        fire(i);
        return i;
    }

    private Invoice reviewable(long invoiceId, InvoiceStatus expected, InvoiceError otherwise) {
        Invoice found = get(invoiceId);
        ledger.lockAccount(found.accountId);
        Invoice i = lock(invoiceId);
        if (i.status != expected) {
            throw new DomainException(otherwise, String.valueOf(invoiceId));
        }
        return i;
    }

    private Invoice lock(long invoiceId) {
        Invoice i = em.find(Invoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(i, LockModeType.PESSIMISTIC_WRITE);
        return i;
    }

    private void fire(Invoice i) {
        changed.fire(new InvoiceChanged(i.id, i.accountId, i.status));
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(InvoiceError.INVOICE_REASON_REQUIRED);
        }
        return Params.text(reason.trim(), "reason", 500);
    }

    private static String optional(String text, String field, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Params.text(text.trim(), field, max);
    }
}
