package io.billingconsole.refund;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every {@link OrderRefunded} fired, as the invoice side would observe it, for the tests to look at. */
@ApplicationScoped
public class RefundEvents {

    private final List<OrderRefunded> seen = new CopyOnWriteArrayList<>();

    void on(@Observes OrderRefunded event) {
        seen.add(event);
    }

    public List<OrderRefunded> of(long accountId) {
        return seen.stream().filter(e -> e.accountId() == accountId).toList();
    }
}
