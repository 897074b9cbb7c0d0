package dev.liaison.budget;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

/**
 * The public holidays a person has off in a month, when a holiday calendar knows theirs. Without one,
 * the pace counts their working weekdays only.
 */
interface PublicHolidays {

    Set<LocalDate> holidaysOf(String teamId, String userId, YearMonth month);

    PublicHolidays NONE = (teamId, userId, month) -> Set.of();
}
