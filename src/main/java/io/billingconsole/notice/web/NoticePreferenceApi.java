package io.billingconsole.notice.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.notice.NoticeChannels;
import io.billingconsole.notice.NoticeChannels.Choice;
import io.billingconsole.notice.NoticeChannels.ChoiceEdit;
import io.billingconsole.notice.NoticeKind;
import io.billingconsole.notice.NoticeTexts;
import io.billingconsole.web.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/**
 * The customer's channels per kind of notice (issue 12): which of e-mail and SMS each kind goes by,
 * among those the operator allows. A PUT lists the kinds to change as {@code [{"kind", "email", "sms"}]};
 * kinds left out keep their setting. Choosing a channel the kind does not offer is refused (409), as is
 * SMS without a phone; an unknown kind is 400. The answer is every kind as now stored.
 */
@Path("/api/v1/account/notice-preferences")
@RolesAllowed(Role.CUSTOMER_NAME)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class NoticePreferenceApi {

    /** One kind: the customer's channels, what the operator allows, and the kind in words. */
    public record PreferenceJson(NoticeKind kind, String title, boolean email, boolean sms, boolean emailAllowed,
                                 boolean smsAllowed) {
    }

    @Inject
    CurrentUser user;

    @Inject
    NoticeChannels channels;

    @Inject
    NoticeTexts texts;

    @Inject
    RequestLocale locale;

    @GET
    public List<PreferenceJson> list() {
        return json(channels.choices(user.accountId()));
    }

    @PUT
    public List<PreferenceJson> save(List<ChoiceEdit> body) {
        return json(channels.save(user.accountId(), body));
    }

    private List<PreferenceJson> json(List<Choice> choices) {
        NoticeTexts.Wording wording = texts.in(locale.get());
        return choices.stream().map(c -> new PreferenceJson(c.kind(), wording.title(c.kind()), c.email(), c.sms(),
                c.emailAllowed(), c.smsAllowed())).toList();
    }
}
