package io.billingconsole.funds;

import io.billingconsole.recharge.RechargeChannel;
import io.billingconsole.recharge.RechargeService;
import io.billingconsole.resource.CloudResource;
import io.billingconsole.resource.ResourceStatus;
import io.billingconsole.shared.Money;
import io.billingconsole.support.Fixtures;
import io.billingconsole.transfer.TransferService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/** Test side of funds and transfers: customers whose cash came from recorded recharges, enterprise links, PAYG releases. */
@ApplicationScoped
public class FundsBooks {

    @Inject
    Fixtures fixtures;

    @Inject
    RechargeService recharges;

    @Inject
    TransferService transfers;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** A customer whose cash is one offline recharge finance recorded (so it is withdrawable by recharge). */
    public Fixtures.Customer customerWithRecharge(String amount) {
        Fixtures.Customer customer = fixtures.customer("0");
        recharges.record(new RechargeService.Recorded(customer.accountId(), Money.parse(amount),
                RechargeChannel.BANK_TRANSFER, null, null, "6222000011112222", "Payer", LocalDate.now(clock),
                "test recharge", null));
        return customer;
    }

    /** A master with the given members, linked as an operator would. */
    public void link(Fixtures.Customer member, Fixtures.Customer master) {
        transfers.link(member.accountId(), master.accountId());
    }

    /** Releases a PAYG resource now (the provisioning system's release; the console has no release action yet). */
    @Transactional
    public void release(CloudResource resource) {
        CloudResource.update("status = ?1, releasedAt = ?2 where id = ?3", ResourceStatus.RELEASED, clock.instant(),
                resource.id);
    }

    /** What is left withdrawable of the account's recharges. */
    @Transactional
    public Money rechargeRemainders(long accountId) {
        Number sum = (Number) em.createNativeQuery("select coalesce(sum(withdrawable_fen), 0) from recharge"
                + " where account_id = ?1").setParameter(1, accountId).getSingleResult();
        return Money.ofFen(sum.longValue());
    }
}
