package io.billingconsole.admin;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.notice.NoticeChannels;
import io.billingconsole.notice.NoticeChannels.KindChannels;
import io.billingconsole.notice.NoticeError;
import io.billingconsole.notice.NoticeKind;
import io.billingconsole.notice.NoticeSchedule;
import io.billingconsole.notice.NoticeScheduleService;
import io.billingconsole.notice.NoticeScheduleService.ChannelEdit;
import io.billingconsole.notice.NoticeScheduleService.ScheduleEdit;
import io.billingconsole.notice.NoticeTexts;
import io.billingconsole.shared.DomainException;
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
 * The notice schedule form (operators): the reminder points and, per kind of notice, which channels
 * it may use and which are on by default. A saved edit comes back here with a message; a refusal shows
 * the form again, as typed, with the reason.
 */
@Path("/admin/notice-schedule")
@RolesAllowed(Role.OPERATOR_NAME)
@Produces(MediaType.TEXT_HTML)
public class NoticeSchedulePage {

    /** One kind's channels as loaded or as ticked. */
    public record ChannelRow(NoticeKind kind, String title, boolean emailAllowed, boolean smsAllowed,
                             boolean emailDefault, boolean smsDefault) {
    }

    /** The form's fields as text (as loaded, or as typed before a refusal). */
    public record ScheduleForm(String version, String expiryDays, String releaseDays, String fundsWarningDays,
                               String dataLossDays, String dataLossSmsDays, List<ChannelRow> channels) {
    }

    public record ScheduleView(ScheduleForm form, int maxPoints, boolean saved, String error) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance edit(ScheduleView view);
    }

    @Inject
    NoticeScheduleService schedules;

    @Inject
    NoticeChannels channels;

    @Inject
    NoticeTexts texts;

    @Inject
    RequestLocale locale;

    @Inject
    PageAction pageAction;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance form(@QueryParam("saved") String saved) {
        NoticeSchedule s = schedules.current();
        NoticeTexts.Wording wording = texts.in(locale.get());
        List<ChannelRow> rows = channels.operatorChannels().values().stream().map(c -> row(c, wording)).toList();
        ScheduleForm form = new ScheduleForm(String.valueOf(s.version()), join(s.expiryDays()), join(s.releaseDays()),
                String.valueOf(s.fundsWarningDays()), join(s.dataLossDays()), String.valueOf(s.dataLossSmsDays()), rows);
        return Templates.edit(new ScheduleView(form, NoticeScheduleService.MAX_POINTS, "1".equals(saved), null));
    }

    /** {@code kind}: the kinds the form showed; the four lists: the kinds whose box was ticked. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@FormParam("version") String version, @FormParam("expiryDays") String expiryDays,
                         @FormParam("releaseDays") String releaseDays,
                         @FormParam("fundsWarningDays") String fundsWarningDays,
                         @FormParam("dataLossDays") String dataLossDays,
                         @FormParam("dataLossSmsDays") String dataLossSmsDays,
                         @FormParam("kind") List<String> kinds, @FormParam("emailAllowed") List<String> emailAllowed,
                         @FormParam("smsAllowed") List<String> smsAllowed,
                         @FormParam("emailDefault") List<String> emailDefault,
                         @FormParam("smsDefault") List<String> smsDefault) {
        NoticeTexts.Wording wording = texts.in(locale.get());
        List<ChannelRow> rows = new ArrayList<>();
        List<ChannelEdit> edits = new ArrayList<>();
        for (String name : kinds == null ? List.<String>of() : kinds) {
            NoticeKind kind = NoticeChannels.kind(name);
            ChannelRow row = new ChannelRow(kind, wording.title(kind), ticked(emailAllowed, name),
                    ticked(smsAllowed, name), ticked(emailDefault, name), ticked(smsDefault, name));
            rows.add(row);
            edits.add(new ChannelEdit(name, row.emailAllowed(), row.smsAllowed(), row.emailDefault(), row.smsDefault()));
        }
        ScheduleForm typed = new ScheduleForm(text(version), text(expiryDays), text(releaseDays),
                text(fundsWarningDays), text(dataLossDays), text(dataLossSmsDays), rows);
        return pageAction.run(() -> {
            schedules.update(new ScheduleEdit(days(typed.expiryDays(), "expiryDays"),
                    days(typed.releaseDays(), "releaseDays"), day(typed.fundsWarningDays(), "fundsWarningDays"),
                    days(typed.dataLossDays(), "dataLossDays"), day(typed.dataLossSmsDays(), "dataLossSmsDays"),
                    edits, version(typed.version())), user.username());
            return "/admin/notice-schedule?saved=1";
        }, error -> Templates.edit(new ScheduleView(typed, NoticeScheduleService.MAX_POINTS, false, error)));
    }

    private static ChannelRow row(KindChannels c, NoticeTexts.Wording wording) {
        return new ChannelRow(c.kind(), wording.title(c.kind()), c.emailAllowed(), c.smsAllowed(), c.emailDefault(),
                c.smsDefault());
    }

    private static boolean ticked(List<String> kinds, String kind) {
        return kinds != null && kinds.contains(kind);
    }

    private static String join(List<Integer> days) {
        return String.join(",", days.stream().map(String::valueOf).toList());
    }

    private static String text(String value) {
        return value == null ? "" : value.trim();
    }

    /** One number of days: blank is absent (the service says the field is required). */
    private static Integer day(String value, String field) {
        List<Integer> days = days(value, field, NoticeScheduleService.MAX_SINGLE_DAYS);
        if (days.size() > 1) {
            throw new DomainException(NoticeError.NOTICE_DAYS_OUT_OF_RANGE, field, "0",
                    String.valueOf(NoticeScheduleService.MAX_SINGLE_DAYS));
        }
        return days.isEmpty() ? null : days.get(0);
    }

    /** "15, 7,3" → [15, 7, 3]; blank → no days; the service checks range, duplicates and count. */
    private static List<Integer> days(String value, String field) {
        return days(value, field, NoticeScheduleService.MAX_DAYS);
    }

    private static List<Integer> days(String value, String field, int max) {
        List<Integer> days = new ArrayList<>();
        for (String part : value.split("[,，\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!part.matches("\\d{1,4}")) {
                throw new DomainException(NoticeError.NOTICE_DAYS_OUT_OF_RANGE, field, "0", String.valueOf(max));
            }
            days.add(Integer.valueOf(part));
        }
        return days;
    }

    private static Integer version(String value) {
        if (!value.matches("\\d{1,9}")) {
            throw new DomainException(NoticeError.NOTICE_SCHEDULE_CHANGED_MEANWHILE);
        }
        return Integer.valueOf(value);
    }
}
