package io.billingconsole.sms;

import io.billingconsole.account.AccountService;
import io.billingconsole.account.AppUser;
import io.billingconsole.account.Role;
import io.billingconsole.account.UserDirectory;
import io.billingconsole.support.Api;
import io.billingconsole.support.Fixtures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Customers with a security phone, the codes the sandbox sent them, and the stored code rows. */
@ApplicationScoped
public class SmsBooks {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Pattern CODE = Pattern.compile("(?<![0-9])([0-9]{6})(?![0-9])");

    @Inject
    Fixtures fixtures;

    @Inject
    AccountService accounts;

    @Inject
    UserDirectory users;

    @Inject
    EntityManager em;

    private String operator;

    /** A phone number no other test uses (the resend pause is per phone). */
    public String newPhone() {
        long n = (System.nanoTime() / 1000 + SEQUENCE.incrementAndGet() * 7919L) % 100_000_000L;
        return String.format("137%08d", n);
    }

    public Fixtures.Customer customerWithPhone(String phone) {
        Fixtures.Customer customer = fixtures.customer("0");
        accounts.setPhone(customer.accountId(), phone);
        return customer;
    }

    /** The customer chooses English, which becomes the account's language (that of its messages). */
    @Transactional
    public void english(Fixtures.Customer customer) {
        AppUser user = AppUser.find("username", customer.username()).firstResult();
        users.changeLanguage(user.id, "en");
    }

    /** The texts the sandbox kept for {@code phone}, newest first, as an operator reads them. */
    public List<String> texts(String phone) {
        return Api.as(operator()).queryParam("phone", phone).get("/api/v1/admin/sms")
                .then().statusCode(200).extract().jsonPath().getList("text", String.class);
    }

    /** The code in the newest message to {@code phone}. */
    public String lastCode(String phone) {
        List<String> texts = texts(phone);
        Matcher m = CODE.matcher(texts.get(0));
        if (!m.find()) {
            throw new AssertionError("no code in " + texts.get(0));
        }
        return m.group(1);
    }

    public String operator() {
        if (operator == null) {
            operator = fixtures.staff(Role.OPERATOR);
        }
        return operator;
    }

    /** The stored code rows of an account, oldest first: {hash, phone, wrong tries, used?}. */
    @Transactional
    public List<Object[]> codeRows(long accountId) {
        return em.createNativeQuery("select code_hash, phone, wrong_tries, used_at is not null from sms_code"
                        + " where account_id = ?1 order by id", Object[].class)
                .setParameter(1, accountId).getResultList();
    }
}
