package io.billingconsole.invoice;

import io.billingconsole.shared.Money;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An invoice application and, once issued, the invoice (SPEC 14). The PDF is stored beside it
 * (column {@code pdf}) and read only when downloaded ({@link InvoiceService#pdf}).
 */
@Entity
@Table(name = "invoice")
public class Invoice extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    @Column(name = "title_id")
    public long titleId;

    @Enumerated(EnumType.STRING)
    public InvoiceKind kind;

    @Column(name = "amount_fen")
    public Money amount;

    @Enumerated(EnumType.STRING)
    public InvoiceStatus status;

    public String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "title_type")
    public TitleType titleType;

    @Column(name = "title_name")
    public String titleName;

    @Column(name = "title_tax_id")
    public String titleTaxId;

    @Column(name = "title_address")
    public String titleAddress;

    @Column(name = "title_phone")
    public String titlePhone;

    @Column(name = "title_bank")
    public String titleBank;

    @Column(name = "title_bank_account")
    public String titleBankAccount;

    public String number;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    @Column(name = "reject_reason")
    public String rejectReason;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "return_refusal")
    public String returnRefusal;

    @Column(name = "requested_by")
    public long requestedBy;

    @Column(name = "reviewed_by")
    public Long reviewedBy;

    @Column(name = "idempotency_key")
    public String idempotencyKey;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Version
    public long version;

    public boolean cancellable() {
        return status == InvoiceStatus.PENDING_REVIEW;
    }

    public boolean downloadable() {
        return status == InvoiceStatus.ISSUED || status == InvoiceStatus.RETURN_REQUESTED
                || status == InvoiceStatus.RETURNED;
    }

    public boolean returnable() {
        return status == InvoiceStatus.ISSUED;
    }
}
