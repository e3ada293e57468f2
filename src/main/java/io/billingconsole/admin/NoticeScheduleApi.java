package io.billingconsole.admin;

import io.billingconsole.account.CurrentUser;
import io.billingconsole.account.Role;
import io.billingconsole.notice.NoticeChannels;
import io.billingconsole.notice.NoticeChannels.KindChannels;
import io.billingconsole.notice.NoticeKind;
import io.billingconsole.notice.NoticeSchedule;
import io.billingconsole.notice.NoticeScheduleService;
import io.billingconsole.notice.NoticeScheduleService.ScheduleEdit;
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
 * The notice schedule for operators (issue 12): the reminder points and the channels of each kind of
 * notice. {@code version} is the one the caller saw (from a GET); a PUT with an older one is refused
 * with 409 and changes nothing. A PUT replaces the day fields; {@code channels} may leave kinds out.
 */
@Path("/api/v1/admin/notice-schedule")
@RolesAllowed(Role.OPERATOR_NAME)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class NoticeScheduleApi {

    public record ChannelJson(NoticeKind kind, boolean emailAllowed, boolean smsAllowed, boolean emailDefault,
                              boolean smsDefault) {
        static ChannelJson of(KindChannels c) {
            return new ChannelJson(c.kind(), c.emailAllowed(), c.smsAllowed(), c.emailDefault(), c.smsDefault());
        }
    }

    public record ScheduleJson(List<Integer> expiryDays, List<Integer> releaseDays, int fundsWarningDays,
                               List<Integer> dataLossDays, int dataLossSmsDays, List<ChannelJson> channels,
                               int version) {
    }

    @Inject
    NoticeScheduleService schedules;

    @Inject
    NoticeChannels channels;

    @Inject
    CurrentUser user;

    @GET
    public ScheduleJson get() {
        NoticeSchedule s = schedules.current();
        return new ScheduleJson(s.expiryDays(), s.releaseDays(), s.fundsWarningDays(), s.dataLossDays(),
                s.dataLossSmsDays(), channels.operatorChannels().values().stream().map(ChannelJson::of).toList(),
                s.version());
    }

    /** Replaces the schedule; answers it as stored, with the new version. */
    @PUT
    public ScheduleJson update(ScheduleEdit body) {
        schedules.update(body, user.username());
        return get();
    }
}
