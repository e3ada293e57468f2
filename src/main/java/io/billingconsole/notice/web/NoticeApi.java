package io.billingconsole.notice.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.notice.Notice;
import io.billingconsole.notice.NoticeService;
import io.billingconsole.notice.NoticeTexts;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.DomainException;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
import io.billingconsole.web.RequestLocale;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.ZoneId;
import java.util.List;

/** The customer's message center: list (all or unread), mark one or all read. */
@Path("/api/v1/notices")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class NoticeApi {

    public record NoticeList(List<NoticeJson> items, int page, int size, long total, long unread) {
    }

    public record MarkedRead(int marked) {
    }

    @Inject
    CurrentUser user;

    @Inject
    NoticeService notices;

    @Inject
    NoticeTexts texts;

    @Inject
    RequestLocale locale;

    @Inject
    ZoneId zone;

    @GET
    public NoticeList list(@QueryParam("unread") String unread, @QueryParam("page") String page,
                           @QueryParam("size") String size) {
        long accountId = user.accountId();
        PageOf<Notice> found = notices.list(accountId, unreadOnly(unread), PageOf.page(Params.optionalInt(page)),
                PageOf.size(Params.optionalInt(size), 50));
        NoticeTexts.Wording wording = texts.in(locale.get());
        return new NoticeList(found.items().stream().map(n -> NoticeJson.of(n, wording, zone)).toList(),
                found.page(), found.size(), found.total(), notices.unreadCount(accountId));
    }

    @POST
    @Path("{id}/read")
    public NoticeJson markRead(@PathParam("id") String id) {
        Notice notice = notices.markRead(user.accountId(), Params.id(id, CommonError.PAGE_NOT_FOUND));
        return NoticeJson.of(notice, texts.in(locale.get()), zone);
    }

    @POST
    @Path("read-all")
    public MarkedRead markAllRead() {
        return new MarkedRead(notices.markAllRead(user.accountId()));
    }

    private static boolean unreadOnly(String unread) {
        if (unread == null || unread.isBlank() || "false".equalsIgnoreCase(unread.trim())) {
            return false;
        }
        if ("true".equalsIgnoreCase(unread.trim())) {
            return true;
        }
        throw new DomainException(CommonError.INVALID_INPUT, "unread");
    }
}
