package io.billingconsole.bank;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A bank the console knows, with how long after a recharge its online banking still takes money
 * back the original route (SPEC 8 table; data in the {@code bank} table, not code).
 */
@Entity
@Table(name = "bank")
public class Bank extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "personal_route_days")
    public int personalRouteDays;

    @Column(name = "enterprise_route_days")
    public int enterpriseRouteDays;

    @Column(name = "sort_order")
    public int sortOrder;

    public int routeDays(BankAccountType type) {
        return type == BankAccountType.ENTERPRISE ? enterpriseRouteDays : personalRouteDays;
    }

    /** The bank's name in a language ("en" or anything else for Chinese). */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameZh;
    }
}
