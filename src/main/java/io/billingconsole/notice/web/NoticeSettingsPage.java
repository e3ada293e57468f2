package io.billingconsole.notice.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.notice.NoticeChannels;
import io.billingconsole.notice.NoticeChannels.Choice;
import io.billingconsole.notice.NoticeChannels.ChoiceEdit;
import io.billingconsole.notice.NoticeTexts;
import io.billingconsole.web.PageAction;
import io.billingconsole.web.RequestLocale;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.ArrayList;
import java.util.List;

/**
 * 通知设置: for each kind of notice, an e-mail and an SMS checkbox, only for the channels the operator
 * allows; SMS is disabled, with a hint, while the account has no phone. Saving answers 303 back here.
 */
@Path("/notices/settings")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.TEXT_HTML)
public class NoticeSettingsPage {

    /** One kind in words with the customer's channels. */
    public record Row(Choice choice, String title) {
    }

    /** {@code phone}: where texts go, masked; null when the account has no phone. */
    public record SettingsView(List<Row> rows, String phone, boolean saved, String error) {
        public boolean hasPhone() {
            return phone != null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(SettingsView view);
    }

    @Inject
    CurrentUser user;

    @Inject
    NoticeChannels channels;

    @Inject
    NoticeTexts texts;

    @Inject
    RequestLocale locale;

    @Inject
    PageAction pageAction;

    @GET
    public TemplateInstance form(@QueryParam("saved") String saved) {
        return Templates.settings(view(channels.choices(user.accountId()), "1".equals(saved), null));
    }

    /**
     * {@code kind}: the kinds the form showed; {@code email} / {@code sms}: those ticked. A kind the form
     * did not show is left alone, so a form older than a new kind does not touch it.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@FormParam("kind") List<String> kinds, @FormParam("email") List<String> email,
                         @FormParam("sms") List<String> sms) {
        List<ChoiceEdit> edits = new ArrayList<>();
        for (String kind : kinds == null ? List.<String>of() : kinds) {
            edits.add(new ChoiceEdit(kind, email != null && email.contains(kind), sms != null && sms.contains(kind)));
        }
        long accountId = user.accountId();
        return pageAction.run(() -> {
            channels.save(accountId, edits);
            return "/notices/settings?saved=1";
        }, error -> Templates.settings(view(channels.choices(accountId), false, error)));
    }

    private SettingsView view(List<Choice> choices, boolean saved, String error) {
        NoticeTexts.Wording wording = texts.in(locale.get());
        List<Row> rows = choices.stream().map(c -> new Row(c, wording.title(c.kind()))).toList();
        return new SettingsView(rows, channels.maskedPhone(user.accountId()), saved, error);
    }
}
