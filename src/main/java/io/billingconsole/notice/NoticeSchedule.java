package io.billingconsole.notice;

import java.util.List;

/**
 * The operator's notice schedule (table {@code notice_schedule}, one row), as it is now: read by every
 * sweep, so an edit counts on every instance from the next run on.
 *
 * @param expiryDays       days before expiry on which the customer is reminded (0 = on expiry day), largest first
 * @param releaseDays      days before release, inside the window after expiry, on which the customer is warned
 * @param fundsWarningDays days before an auto-renewal's first attempt on which a shortfall is announced (0 = off)
 * @param dataLossDays     days before a data-deleting release on which the customer is warned, largest first
 * @param dataLossSmsDays  from this many days before that release on, the warning goes by SMS as well
 * @param version          bumped by every edit; an edit made on an older version is refused
 */
public record NoticeSchedule(List<Integer> expiryDays, List<Integer> releaseDays, int fundsWarningDays,
                             List<Integer> dataLossDays, int dataLossSmsDays, int version) {
}
