package io.billingconsole.sms;

import io.billingconsole.shared.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A verification code sent by SMS: the row keeps only the SHA-256 of the code. Single use; at most
 * {@link #MAX_WRONG_TRIES} wrong tries, the last of which burns it.
 */
@Entity
@Table(name = "sms_code")
public class SmsCode extends PanacheEntityBase {

    public static final int MAX_WRONG_TRIES = 5;
    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "account_id")
    public long accountId;

    public String phone;

    @Enumerated(EnumType.STRING)
    public SmsPurpose purpose;

    @Column(name = "code_hash")
    public String codeHash;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "used_at")
    public Instant usedAt;

    @Column(name = "wrong_tries")
    public int wrongTries;

    /**
     * Accepts {@code typed} once, or refuses it and says why. A wrong code of the right form counts a
     * try and the last allowed one burns the code; a typed text that is not 6 ASCII digits is refused
     * as {@link SmsError#SMS_CODE_INVALID} without counting a try: it can never be the code, so it
     * tells a guesser nothing, and a slip of the finger (5 digits, a space) should not cost a try.
     */
    public void consume(String typed, Instant now) {
        if (usedAt != null) {
            throw new DomainException(wrongTries >= MAX_WRONG_TRIES ? SmsError.SMS_CODE_TOO_MANY_TRIES : SmsError.SMS_CODE_USED);
        }
        if (!now.isBefore(expiresAt)) {
            throw new DomainException(SmsError.SMS_CODE_EXPIRED);
        }
        if (typed == null || !SIX_DIGITS.matcher(typed).matches()) {
            throw new DomainException(SmsError.SMS_CODE_INVALID, String.valueOf(MAX_WRONG_TRIES - wrongTries));
        }
        if (!MessageDigest.isEqual(hash(typed).getBytes(StandardCharsets.US_ASCII),
                codeHash.getBytes(StandardCharsets.US_ASCII))) {
            wrongTries++;
            if (wrongTries >= MAX_WRONG_TRIES) {
                usedAt = now;
                throw new DomainException(SmsError.SMS_CODE_TOO_MANY_TRIES);
            }
            throw new DomainException(SmsError.SMS_CODE_INVALID, String.valueOf(MAX_WRONG_TRIES - wrongTries));
        }
        usedAt = now;
    }

    /** The SHA-256 of a code, as lower-case hex. */
    static String hash(String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
