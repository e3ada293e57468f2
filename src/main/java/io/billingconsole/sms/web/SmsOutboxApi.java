package io.billingconsole.sms.web;

import io.billingconsole.account.Role;
import io.billingconsole.shared.Columns;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Params;
import io.billingconsole.sms.SandboxSmsSender;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * The sandbox SMS sender's outbox for one phone, newest first (at most 100): what a tester would
 * have received. Operators only, and only while the test clock is on (409 TEST_CLOCK_DISABLED otherwise).
 */
@Path("/api/v1/admin/sms")
@RolesAllowed(Role.OPERATOR_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class SmsOutboxApi {

    public record SmsJson(String phone, String text, OffsetDateTime sentAt) {
    }

    @Inject
    SandboxSmsSender sandbox;

    @Inject
    ZoneId zone;

    @GET
    public List<SmsJson> list(@QueryParam("phone") String phone) {
        if (phone == null || phone.isBlank()) {
            throw new DomainException(CommonError.INVALID_INPUT, "phone");
        }
        Params.text(phone, "phone", Columns.ACCOUNT_PHONE);
        return sandbox.messagesTo(phone).stream()
                .map(m -> new SmsJson(m.phone, m.text, m.sentAt.atZone(zone).toOffsetDateTime()))
                .toList();
    }
}
