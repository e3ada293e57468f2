package io.billingconsole.renewal;

import io.billingconsole.resource.CloudResource;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.billingconsole.support.Fixtures.Customer;
import io.billingconsole.support.StatementCounter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The batch forms read a selection in a fixed number of SQL statements: 100 selected resources cost
 * exactly as many as 10 (counted per request by {@link StatementCounter}), and a handful in all.
 */
@QuarkusTest
class BatchFormStatementsTest {

    /** Session, resources, unpaid orders, product rules, account and vouchers, unread notices, and a little slack. */
    private static final long MOST_STATEMENTS = 12;

    @Inject
    Fixtures fixtures;

    @Test
    void theBatchRenewalFormAndTheAutoRenewBatchFormDoNotQueryPerResource() {
        Customer me = fixtures.customer("100");
        List<CloudResource> selection = IntStream.range(0, RenewalService.MAX_BATCH)
                .mapToObj(i -> fixtures.resource(me, "ECS", 30 + i)).toList();
        ConsoleSession session = ConsoleSession.loggedIn(me.username(), me.password());

        for (String form : List.of("/renewals/batch", "/renewals/auto-renew")) {
            long ten = statements(session, form, selection.subList(0, 10));
            long hundred = statements(session, form, selection);
            assertEquals(ten, hundred, form + ": statements for 10 resources, then for 100");
            assertTrue(hundred <= MOST_STATEMENTS, form + ": " + hundred + " statements for 100 resources");
        }
    }

    private long statements(ConsoleSession session, String form, List<CloudResource> selection) {
        String path = form + "?" + selection.stream().map(r -> "id=" + r.id).collect(Collectors.joining("&"));
        String tag = UUID.randomUUID().toString();
        Response response = session.get(path, Map.of(StatementCounter.HEADER, tag));
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.asString().contains(selection.get(selection.size() - 1).name),
                "the form lists the last selected resource");
        long count = StatementCounter.count(tag);
        assertTrue(count > 0, "statements are counted");
        System.err.println("STATEMENTS " + form + " " + selection.size() + " -> " + count);
        return count;
    }
}
