package io.billingconsole.billing.web;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.billingconsole.account.Role;
import io.billingconsole.billing.UsageService;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Inputs;
import io.billingconsole.shared.IsoMoment;
import io.billingconsole.shared.Money;
import io.billingconsole.shared.Text;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Provisioning systems report PAYG usage charges (SPEC 12); operators only, idempotent by the client's key. */
@Path("/api/v1/admin/usage")
@RolesAllowed(Role.OPERATOR_NAME)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UsageReportApi {

    /** A charge of {@code amount} for the resource's use from {@code from} to {@code to} (ISO-8601 with offset). */
    public record UsageReport(Long resourceId, Money amount,
                              @JsonDeserialize(using = IsoMoment.class) OffsetDateTime from,
                              @JsonDeserialize(using = IsoMoment.class) OffsetDateTime to,
                              @Text(max = 64) String idempotencyKey) {
    }

    @Inject
    UsageService usage;

    @Inject
    Inputs inputs;

    @Inject
    ZoneId zone;

    @APIResponse(responseCode = "201", description = "The usage is recorded (200: the same report came before)",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = BillingJson.Usage.class)))
    @POST
    public Response report(UsageReport body) {
        if (body == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "body");
        }
        inputs.check(body);
        UsageService.Reported reported = usage.report(new UsageService.Report(body.resourceId(), body.amount(),
                body.from() == null ? null : body.from().toInstant(), body.to() == null ? null : body.to().toInstant(),
                body.idempotencyKey()));
        BillingJson.Usage json = BillingJson.Usage.of(reported.record(), zone);
        if (reported.created()) {
            return Response.created(URI.create("/api/v1/usage?resourceId=" + json.resourceId())).entity(json).build();
        }
        return Response.ok(json).build();
    }
}
