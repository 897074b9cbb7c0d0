package dev.liaison.calendar;

import java.util.Set;

/**
 * Whether an all-day event's title says its owner is away: one of the words OOO, vacation, holiday, PTO,
 * leave or sick (and their plurals), as a whole word, in any case ("Annual leave", "PTO - Lisbon",
 * "vacation!"), never inside another word ("Leaven bakery", "Holidayinn"). Pure; never throws.
 */
final class OutOfOfficeTitles {

    static final Set<String> WORDS = Set.of("ooo", "vacation", "vacations", "holiday", "holidays", "pto", "leave",
            "sick");

    private OutOfOfficeTitles() {
    }

    static boolean sayAway(String title) {
        if (title == null) {
            return false;
        }
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= title.length(); i++) {
            char c = i < title.length() ? title.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                // ASCII only: look-alikes (the Kelvin sign, dotted capital I) never become a keyword
                word.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            } else if (word.length() > 0) {
                if (WORDS.contains(word.toString())) {
                    return true;
                }
                word.setLength(0);
            }
        }
        return false;
    }
}
