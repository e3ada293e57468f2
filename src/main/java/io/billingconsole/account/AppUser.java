package io.billingconsole.account;

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
import java.util.Locale;
import java.util.Optional;

/** A person who logs in; customers belong to one account, staff to none. */
@Entity
@Table(name = "app_user")
public class AppUser extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String username;

    @Column(name = "password_hash")
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    public Role role;

    @Column(name = "account_id")
    public Long accountId;

    public String language;

    public boolean enabled;

    @Column(name = "created_at")
    public Instant createdAt;

    /** Where a staff user's setup mail goes; customers' mail goes to the account's address. */
    public String email;

    /**
     * A detached user from a plain JDBC row (the per-request lookups that skip Hibernate): id, username, role,
     * account_id and language in the five columns from {@code first} on; the caller fills what else it selected.
     */
    static AppUser identityOf(java.sql.ResultSet row, int first) throws java.sql.SQLException {
        AppUser user = new AppUser();
        user.id = row.getLong(first);
        user.username = row.getString(first + 1);
        user.role = Role.valueOf(row.getString(first + 2));
        long accountId = row.getLong(first + 3);
        user.accountId = row.wasNull() ? null : accountId;
        user.language = row.getString(first + 4);
        return user;
    }

    /** Usernames are unique ignoring case (index app_user_username_lower): "DEMO" finds "demo". */
    public static Optional<AppUser> findByUsername(String username) {
        return find("lower(username) = ?1", username.toLowerCase(Locale.ROOT)).firstResultOptional();
    }
}
