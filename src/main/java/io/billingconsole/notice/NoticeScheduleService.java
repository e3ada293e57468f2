package io.billingconsole.notice;

import io.billingconsole.account.Audit;
import io.billingconsole.account.AuditAction;
import io.billingconsole.notice.NoticeChannels.KindChannels;
import io.billingconsole.shared.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads and, for operators, edits the one row of {@code notice_schedule} and the channels of each kind
 * ({@code notice_channel}). Every sweep reads the row when it runs, so an edit counts on every
 * instance from the next run on; notices already sent stay as they were.
 *
 * <p><b>Validation.</b> Days are whole numbers, distinct, at most {@link #MAX_POINTS} per list, stored
 * largest first. The expiry reminders may not be empty: SPEC 4 promises customers a reminder before
 * expiry, and an empty list would silently stop all of them. The data-loss warnings may not be empty
 * either (a release that deletes data must be announced). The release warnings may be empty: the
 * expiry reminders already said when the resource stops.
 *
 * <p><b>Concurrency.</b> The form carries the row's version; an edit locks the row and is refused with
 * {@link NoticeError#NOTICE_SCHEDULE_CHANGED_MEANWHILE} (409, nothing written) when it moved.
 */
@ApplicationScoped
public class NoticeScheduleService {

    /** Most reminder points of one list. */
    public static final int MAX_POINTS = 10;
    /** Latest reminder point: a year before. */
    public static final int MAX_DAYS = 365;
    /** The single-day settings (funds warning, SMS from) are bounded by the table: 0 to 60. */
    public static final int MAX_SINGLE_DAYS = 60;

    /** A full edit of the schedule; {@code channels} may leave kinds out (they keep theirs), or be null. */
    public record ScheduleEdit(List<Integer> expiryDays, List<Integer> releaseDays, Integer fundsWarningDays,
                               List<Integer> dataLossDays, Integer dataLossSmsDays, List<ChannelEdit> channels,
                               Integer version) {
    }

    /** The operator's channels of one kind. */
    public record ChannelEdit(String kind, Boolean emailAllowed, Boolean smsAllowed, Boolean emailDefault,
                              Boolean smsDefault) {
    }

    @Inject
    EntityManager em;

    @Inject
    NoticeChannels channels;

    @Inject
    Audit audit;

    @Inject
    Clock clock;

    /** The schedule now: one primary-key read, cheap enough for every sweep. */
    @Transactional
    public NoticeSchedule current() {
        Object[] row = (Object[]) em.createNativeQuery("select expiry_days, release_days, funds_warning_days,"
                + " data_loss_days, data_loss_sms_days, version from notice_schedule where id = 1").getSingleResult();
        return new NoticeSchedule(days((String) row[0]), days((String) row[1]), ((Number) row[2]).intValue(),
                days((String) row[3]), ((Number) row[4]).intValue(), ((Number) row[5]).intValue());
    }

    /**
     * Validates and applies the edit made by the user {@code by}, writes the audit entry ("field: old → new; ...") and returns the
     * schedule as stored. Throws (nothing changed) on an invalid edit or a stale version (409). An edit
     * that changes nothing writes nothing and keeps the version.
     */
    @Transactional
    public NoticeSchedule update(ScheduleEdit edit, String by) {
        if (edit == null) {
            throw new DomainException(NoticeError.NOTICE_FIELD_REQUIRED, "body");
        }
        required(edit.version(), "version");
        List<Integer> expiry = points(edit.expiryDays(), "expiryDays", 0, false);
        List<Integer> release = points(edit.releaseDays(), "releaseDays", 1, true);
        int funds = single(edit.fundsWarningDays(), "fundsWarningDays");
        List<Integer> dataLoss = points(edit.dataLossDays(), "dataLossDays", 1, false);
        int dataLossSms = single(edit.dataLossSmsDays(), "dataLossSmsDays");
        List<KindChannels> kinds = channelEdits(edit.channels());

        Number locked = (Number) em.createNativeQuery("select version from notice_schedule where id = 1 for update")
                .getSingleResult();
        if (locked.intValue() != edit.version()) {
            throw new DomainException(NoticeError.NOTICE_SCHEDULE_CHANGED_MEANWHILE);
        }
        NoticeSchedule before = current();
        Map<NoticeKind, KindChannels> channelsBefore = channels.operatorChannels();
        List<String> changes = new ArrayList<>();
        change(changes, "expiryDays", text(before.expiryDays()), text(expiry));
        change(changes, "releaseDays", text(before.releaseDays()), text(release));
        change(changes, "fundsWarningDays", before.fundsWarningDays(), funds);
        change(changes, "dataLossDays", text(before.dataLossDays()), text(dataLoss));
        change(changes, "dataLossSmsDays", before.dataLossSmsDays(), dataLossSms);
        for (KindChannels after : kinds) {
            KindChannels old = channelsBefore.get(after.kind());
            String name = after.kind().name();
            change(changes, name + ".emailAllowed", old.emailAllowed(), after.emailAllowed());
            change(changes, name + ".smsAllowed", old.smsAllowed(), after.smsAllowed());
            change(changes, name + ".emailDefault", old.emailDefault(), after.emailDefault());
            change(changes, name + ".smsDefault", old.smsDefault(), after.smsDefault());
        }
        if (changes.isEmpty()) {
            return before;
        }
        em.createNativeQuery("""
                        update notice_schedule set expiry_days = ?1, release_days = ?2, funds_warning_days = ?3,
                               data_loss_days = ?4, data_loss_sms_days = ?5, version = version + 1,
                               updated_at = ?6, updated_by = ?7
                         where id = 1""")
                .setParameter(1, text(expiry)).setParameter(2, text(release)).setParameter(3, funds)
                .setParameter(4, text(dataLoss)).setParameter(5, dataLossSms)
                .setParameter(6, clock.instant().atOffset(ZoneOffset.UTC)).setParameter(7, by)
                .executeUpdate();
        for (KindChannels after : kinds) {
            em.createNativeQuery("""
                            insert into notice_channel (kind, email_allowed, sms_allowed, email_default, sms_default)
                            values (?1, ?2, ?3, ?4, ?5)
                            on conflict (kind) do update set email_allowed = excluded.email_allowed,
                                   sms_allowed = excluded.sms_allowed, email_default = excluded.email_default,
                                   sms_default = excluded.sms_default""")
                    .setParameter(1, after.kind().name()).setParameter(2, after.emailAllowed())
                    .setParameter(3, after.smsAllowed()).setParameter(4, after.emailDefault())
                    .setParameter(5, after.smsDefault()).executeUpdate();
        }
        audit.record(AuditAction.NOTICE_SCHEDULE_EDITED, null, "notice-schedule", String.join("; ", changes));
        return current();
    }

    /** "15,7,3" → [15, 7, 3]; an empty text is no days. */
    static List<Integer> days(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    /** [15, 7, 3] → "15,7,3". */
    static String text(List<Integer> days) {
        return String.join(",", days.stream().map(String::valueOf).toList());
    }

    /** Checks one list of points and returns it largest first. */
    private static List<Integer> points(List<Integer> days, String field, int min, boolean mayBeEmpty) {
        required(days, field);
        if (days.isEmpty() && !mayBeEmpty) {
            throw new DomainException(NoticeError.NOTICE_DAYS_EMPTY, field);
        }
        if (days.size() > MAX_POINTS) {
            throw new DomainException(NoticeError.NOTICE_DAYS_TOO_MANY, field, String.valueOf(MAX_POINTS));
        }
        Set<Integer> seen = new HashSet<>();
        for (Integer day : days) {
            if (day == null || day < min || day > MAX_DAYS) {
                throw new DomainException(NoticeError.NOTICE_DAYS_OUT_OF_RANGE, field, String.valueOf(min),
                        String.valueOf(MAX_DAYS));
            }
            if (!seen.add(day)) {
                throw new DomainException(NoticeError.NOTICE_DAYS_TWICE, field, String.valueOf(day));
            }
        }
        return days.stream().sorted(Comparator.reverseOrder()).toList();
    }

    private static int single(Integer days, String field) {
        required(days, field);
        if (days < 0 || days > MAX_SINGLE_DAYS) {
            throw new DomainException(NoticeError.NOTICE_DAYS_OUT_OF_RANGE, field, "0", String.valueOf(MAX_SINGLE_DAYS));
        }
        return days;
    }

    private static List<KindChannels> channelEdits(List<ChannelEdit> edits) {
        if (edits == null) {
            return List.of();
        }
        Set<NoticeKind> seen = new HashSet<>();
        List<KindChannels> kinds = new ArrayList<>();
        for (ChannelEdit edit : edits) {
            required(edit, "channels");
            NoticeKind kind = NoticeChannels.kind(edit.kind());
            if (!seen.add(kind)) {
                throw new DomainException(NoticeError.NOTICE_KIND_TWICE, kind.name());
            }
            required(edit.emailAllowed(), "emailAllowed");
            required(edit.smsAllowed(), "smsAllowed");
            required(edit.emailDefault(), "emailDefault");
            required(edit.smsDefault(), "smsDefault");
            if ((edit.emailDefault() && !edit.emailAllowed()) || (edit.smsDefault() && !edit.smsAllowed())) {
                throw new DomainException(NoticeError.NOTICE_DEFAULT_NOT_ALLOWED, kind.name());
            }
            kinds.add(new KindChannels(kind, edit.emailAllowed(), edit.smsAllowed(), edit.emailDefault(),
                    edit.smsDefault()));
        }
        return kinds;
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new DomainException(NoticeError.NOTICE_FIELD_REQUIRED, field);
        }
    }

    private static void change(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + ": " + (before == null || "".equals(before) ? "-" : before) + " → "
                    + (after == null || "".equals(after) ? "-" : after));
        }
    }
}
