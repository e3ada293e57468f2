package io.billingconsole.support;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.resource.jdbc.spi.StatementInspector;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements Hibernate prepares while serving an HTTP request that carries the header
 * {@link #HEADER}, per value of that header. Background jobs (the mail dispatcher, the sweeps) run
 * without that request and are not counted, so a test can compare pages exactly.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class StatementCounter implements StatementInspector {

    public static final String HEADER = "X-Count-Statements";

    private static final Map<String, AtomicLong> COUNTS = new ConcurrentHashMap<>();

    @Override
    public String inspect(String sql) {
        if (Arc.container().requestContext().isActive()) {
            RoutingContext current = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
            String tag = current == null ? null : current.request().getHeader(HEADER);
            if (tag != null) {
                COUNTS.computeIfAbsent(tag, key -> new AtomicLong()).incrementAndGet();
            }
        }
        return sql;
    }

    /** The statements counted for requests with this header value so far. */
    public static long count(String tag) {
        AtomicLong count = COUNTS.get(tag);
        return count == null ? 0 : count.get();
    }
}
