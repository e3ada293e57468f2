package io.billingconsole.sms.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.shared.ApiError;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.Params;
import io.billingconsole.shared.Translator;
import io.billingconsole.sms.SmsCodeService;
import io.billingconsole.sms.SmsError;
import io.billingconsole.sms.SmsPurpose;
import io.billingconsole.web.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * A customer asks for an SMS code to their bound security phone, to confirm a withdrawal with it.
 * Too soon after the last code: 429 with Retry-After (seconds) and the same number in the message.
 */
@Path("/api/v1/sms-codes")
@RolesAllowed(Role.CUSTOMER_NAME)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SmsCodeApi {

    /** {@code purpose}: what the code will confirm, {@code WITHDRAWAL}. */
    public record CodeRequest(String purpose) {
    }

    /** The code went out: the masked phone, until when it is valid, from when a new one may be asked for. */
    public record CodeSent(String phone, OffsetDateTime expiresAt, OffsetDateTime resendAfter) {
    }

    @Inject
    CurrentUser user;

    @Inject
    SmsCodeService codes;

    @Inject
    ZoneId zone;

    @Inject
    Translator translator;

    @Inject
    RequestLocale locale;

    @APIResponse(responseCode = "201", description = "The code is sent to the account's security phone",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CodeSent.class)))
    @POST
    public Response send(CodeRequest request) {
        SmsPurpose purpose = request == null ? null : Params.optionalEnum(SmsPurpose.class, request.purpose());
        if (purpose == null) {
            throw new DomainException(CommonError.INVALID_INPUT, "purpose");
        }
        SmsCodeService.Sent sent;
        try {
            sent = codes.send(user.accountId(), purpose);
        } catch (DomainException refusal) {
            if (refusal.code() != SmsError.SMS_TOO_SOON) {
                throw refusal;
            }
            return Response.status(refusal.code().httpStatus()).type(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.RETRY_AFTER, refusal.args().get(0))
                    .entity(new ApiError(refusal.code().name(), translator.message(refusal, locale.get()))).build();
        }
        return Response.status(Response.Status.CREATED).entity(new CodeSent(sent.phone(),
                sent.expiresAt().atZone(zone).toOffsetDateTime(), sent.resendAfter().atZone(zone).toOffsetDateTime()))
                .build();
    }
}
