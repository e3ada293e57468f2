package io.billingconsole.invoice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An invoice title (抬头, SPEC 14); deleted titles stay (invoices keep a copy of what they printed). */
@Entity
@Table(name = "invoice_title")
public class InvoiceTitle extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    @Enumerated(EnumType.STRING)
    public TitleType type;

    public String name;

    @Column(name = "tax_id")
    public String taxId;

    public String address;

    public String phone;

    public String bank;

    @Column(name = "bank_account")
    public String bankAccount;

    @Column(name = "created_at")
    public Instant createdAt;

    public boolean deleted;

    /** Special invoices: an enterprise with its registered address, phone, bank and account. */
    public boolean allowsSpecial() {
        return type == TitleType.ENTERPRISE && filled(address) && filled(phone) && filled(bank) && filled(bankAccount);
    }

    private static boolean filled(String s) {
        return s != null && !s.isBlank();
    }
}
