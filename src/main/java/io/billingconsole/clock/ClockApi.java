package io.billingconsole.clock;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.billingconsole.account.Role;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.IsoMoment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Reads and moves the business clock, when the test clock is enabled. */
@Path("/api/v1/admin/clock")
@RolesAllowed(Role.OPERATOR_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class ClockApi {

    public record ClockJson(OffsetDateTime now, String zone, boolean testClock) {
    }

    /** Only an ISO-8601 moment with an offset, e.g. {@code "2030-01-01T08:30:00+08:00"}; no epoch numbers. */
    public record MoveClock(@JsonDeserialize(using = IsoMoment.class) OffsetDateTime now) {
    }

    @Inject
    TestClock testClock;

    @Inject
    ZoneId zone;

    @GET
    public ClockJson get() {
        if (!testClock.enabled()) {
            throw new DomainException(CommonError.TEST_CLOCK_DISABLED);
        }
        return json();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ClockJson move(MoveClock body) {
        if (body == null || body.now() == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "now");
        }
        testClock.moveTo(body.now().toInstant());
        return json();
    }

    private ClockJson json() {
        return new ClockJson(testClock.now().atZone(zone).toOffsetDateTime(), zone.getId(), testClock.enabled());
    }
}
