package io.billingconsole.notice;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Arrays;
import java.util.List;

/** Reads (and, for operators, edits) the one row of {@code notice_schedule}. */
@ApplicationScoped
public class NoticeScheduleService {

    @Inject
    EntityManager em;

    /** The schedule now: one primary-key read, cheap enough for every sweep. */
    @Transactional
    public NoticeSchedule current() {
        Object[] row = (Object[]) em.createNativeQuery("select expiry_days, release_days, funds_warning_days,"
                + " data_loss_days, data_loss_sms_days, version from notice_schedule where id = 1").getSingleResult();
        return new NoticeSchedule(days((String) row[0]), days((String) row[1]), ((Number) row[2]).intValue(),
                days((String) row[3]), ((Number) row[4]).intValue(), ((Number) row[5]).intValue());
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
}
