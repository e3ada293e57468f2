package io.billingconsole.bank;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A bank branch (开户支行) a designated bank-card withdrawal pays to: its name says where it is, and it
 * knows its bank, province and city (SPEC 8). Rows change only by migration.
 */
@Entity
@Table(name = "bank_branch")
public class BankBranch extends PanacheEntityBase {

    @Id
    public Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "bank_code", insertable = false, updatable = false)
    public Bank bank;

    public String name;

    @Column(name = "name_en")
    public String nameEn;

    public String province;

    public String city;

    /** The 12-digit interbank number (联行号) the payout names the branch by. */
    public String cnaps;

    /** The branch's bank in a language ("en" or anything else for Chinese). */
    public String bankName(String language) {
        return bank.name(language);
    }
}
