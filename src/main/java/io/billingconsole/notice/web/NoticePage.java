package io.billingconsole.notice.web;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.notice.Notice;
import io.billingconsole.notice.NoticeService;
import io.billingconsole.notice.NoticeTexts;
import io.billingconsole.shared.CommonError;
import io.billingconsole.shared.PageOf;
import io.billingconsole.shared.Params;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** 消息中心: the account's notices, newest first, unread ones highlighted; mark one or all read. */
@Path("/notices")
@RolesAllowed(Role.CUSTOMER_NAME)
@Produces(MediaType.TEXT_HTML)
public class NoticePage {

    private static final int PAGE_SIZE = 20;

    /** A notice put into words in the viewer's language. */
    public record Row(Notice notice, String title, String message) {
    }

    /** {@code query} repeats the filter for the forms and the pager ("unread=1&" or ""). */
    public record ListView(PageOf<Row> page, boolean unreadOnly, String query) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListView view);
    }

    @Inject
    CurrentUser user;

    @Inject
    NoticeService notices;

    @Inject
    NoticeTexts texts;

    @Inject
    RequestLocale locale;

    @GET
    public TemplateInstance list(@QueryParam("unread") String unread, @QueryParam("page") String page) {
        boolean unreadOnly = unreadOnly(unread);
        PageOf<Notice> found = notices.list(user.accountId(), unreadOnly, PageOf.page(Params.optionalInt(page)),
                PAGE_SIZE);
        NoticeTexts.Wording wording = texts.in(locale.get());
        PageOf<Row> rows = new PageOf<>(found.items().stream()
                .map(n -> new Row(n, wording.title(n.kind), wording.message(n.kind, n.facts(), n.createdAt)))
                .toList(), found.page(), found.size(), found.total());
        return Templates.list(new ListView(rows, unreadOnly, Params.query("unread", unreadOnly ? "1" : null)));
    }

    @POST
    @Path("{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markRead(@PathParam("id") String id, @FormParam("unread") String unread,
                             @FormParam("page") String page) {
        notices.markRead(user.accountId(), Params.id(id, CommonError.PAGE_NOT_FOUND));
        return backToList(unread, page);
    }

    @POST
    @Path("read-all")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markAllRead(@FormParam("unread") String unread) {
        notices.markAllRead(user.accountId());
        return backToList(unread, null);
    }

    private static Response backToList(String unread, String page) {
        Integer pageNumber = Params.optionalInt(page);
        String query = Params.query("unread", unreadOnly(unread) ? "1" : null,
                "page", pageNumber == null || pageNumber <= 1 ? null : String.valueOf(pageNumber));
        String location = query.isEmpty() ? "/notices" : "/notices?" + query.substring(0, query.length() - 1);
        return Response.seeOther(URI.create(location)).build();
    }

    private static boolean unreadOnly(String unread) {
        return "1".equals(unread) || "true".equalsIgnoreCase(unread);
    }
}
