package dev.liaison.people;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import dev.liaison.parsing.InvalidInputException;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Public holidays by code, from Jollyday's calendars: {@code <country>[-<region>[-<sub-region>]]} in
 * Jollyday's own lower-case ids ({@code gb-eng}, {@code us-ny}, {@code de-by}, {@code fr}). Only
 * countries count (two letters), not Jollyday's market calendars (NYSE, TARGET…). Public and bank
 * holidays count; observances (Valentine's Day) do not. Where a holiday falls on a weekend and the
 * country moves it (Boxing Day 2026 on Monday 28 December in England), the moved day is the holiday.
 *
 * <p>Building a country's calendar reads and parses its XML (a few hundred milliseconds for the first,
 * some milliseconds for each later one), so the holidays are worked out once per code and year and kept:
 * the number of codes is bounded by what Jollyday knows and the years by the ones asked about.
 */
@Component
public class HolidayRegions {

    private static final Logger log = LoggerFactory.getLogger(HolidayRegions.class);
    private static final Pattern CODE = Pattern.compile("[a-z]{2}(-[a-z0-9]{1,12}){0,3}");
    /** Codes people type that Jollyday spells otherwise. */
    private static final Map<String, String> ALIASES = Map.of("uk", "gb", "en", "gb", "el", "gr");
    private static final int SUGGESTIONS = 5;
    private static final LevenshteinDistance CLOSE = new LevenshteinDistance(2);

    /** A holiday code Jollyday knows, and what it names ("England, United Kingdom"). */
    public record Region(String code, String name) {
    }

    private final Set<String> countries;
    private final Map<String, HolidayManager> managers = new ConcurrentHashMap<>();
    private final Map<String, Set<LocalDate>> byCodeAndYear = new ConcurrentHashMap<>();

    HolidayRegions() {
        // two letters: countries, not NYSE, TARGET, LME or DJ_STOXX
        this.countries = HolidayManager.getSupportedCalendarCodes().stream().map(c -> c.toLowerCase(Locale.ROOT))
                .filter(c -> c.matches("[a-z]{2}")).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The country codes Jollyday has calendars for, sorted. */
    public Set<String> countries() {
        return countries;
    }

    /**
     * The code as Jollyday knows it (lower case, {@code _} read as {@code -}, {@code uk} as {@code gb}).
     *
     * @throws InvalidInputException naming the closest codes when Jollyday does not know it
     */
    public Region validate(String typed) {
        String code = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        String[] parts = code.split("-", -1);
        String country = ALIASES.getOrDefault(parts[0], parts[0]);
        if (!CODE.matcher(code).matches() && !countries.contains(country)) {
            throw unknown(typed, byName(code));
        }
        if (!countries.contains(country)) {
            throw unknown(typed, closeCountries(country));
        }
        String canonical = country + (parts.length > 1 ? "-" + String.join("-", Arrays.copyOfRange(parts, 1, parts.length)) : "");
        CalendarHierarchy level = manager(country).getCalendarHierarchy();
        List<String> names = new ArrayList<>();
        names.add(countryName(country, level));
        for (int i = 1; i < parts.length; i++) {
            CalendarHierarchy child = level.getChildren().get(parts[i]);
            if (child == null) {
                String known = String.join("-", Arrays.copyOfRange(parts, 0, i)).replaceFirst("^[a-z]{2}", country);
                throw unknown(typed, closeRegions(known, level, parts[i]));
            }
            level = child;
            names.add(0, level.getDescription(Locale.ENGLISH));
        }
        if (!canonical.equals(code)) {
            log.debug("Holiday code {} read as {}", code, canonical);
        }
        return new Region(canonical, String.join(", ", names));
    }

    /** Whether {@code day} is a public or bank holiday where {@code code} applies (a code from {@link #validate}). */
    public boolean isHoliday(String code, LocalDate day) {
        return holidays(code, day.getYear()).contains(day);
    }

    /** The code's holidays as a predicate; each year is worked out on first use and kept. */
    public Holidays holidays(String code) {
        return code == null ? Holidays.NONE : day -> isHoliday(code, day);
    }

    /** The public and bank holidays of one year where {@code code} applies. */
    public Set<LocalDate> holidays(String code, int year) {
        return byCodeAndYear.computeIfAbsent(code + "|" + year, key -> {
            String[] parts = code.split("-");
            Set<Holiday> holidays = manager(parts[0]).getHolidays(Year.of(year), Arrays.copyOfRange(parts, 1, parts.length));
            return holidays.stream().filter(h -> h.getType() != HolidayType.OBSERVANCE).map(Holiday::getDate)
                    .collect(Collectors.toUnmodifiableSet());
        });
    }

    private HolidayManager manager(String country) {
        return managers.computeIfAbsent(country, c -> {
            long started = System.nanoTime();
            HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(c));
            log.debug("Holiday calendar {} built in {} ms", c, (System.nanoTime() - started) / 1_000_000);
            return manager;
        });
    }

    private String countryName(String country, CalendarHierarchy hierarchy) {
        String name = new Locale("", country.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(country) ? hierarchy.getDescription(Locale.ENGLISH) : name;
    }

    private List<String> closeCountries(String typed) {
        Set<String> close = new LinkedHashSet<>();
        countries.stream().filter(c -> CLOSE.apply(c, typed) == 1 && c.charAt(0) == typed.charAt(0)).forEach(close::add);
        countries.stream().filter(c -> CLOSE.apply(c, typed) == 1).forEach(close::add);
        return close.stream().limit(SUGGESTIONS).toList();
    }

    /** Regions under {@code parent} whose code is a typo away from {@code typed}, or whose name starts with it. */
    private List<String> closeRegions(String parent, CalendarHierarchy level, String typed) {
        Map<String, CalendarHierarchy> children = new TreeMap<>(level.getChildren());
        if (children.isEmpty()) {
            return List.of(parent);
        }
        List<String> byName = children.entrySet().stream()
                .filter(e -> e.getValue().getDescription(Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(typed))
                .map(e -> parent + "-" + e.getKey()).toList();
        List<String> byCode = children.keySet().stream().map(k -> Map.entry(k, CLOSE.apply(k, typed)))
                .filter(e -> e.getValue() >= 0).sorted(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> parent + "-" + e.getKey()).toList();
        Set<String> close = new LinkedHashSet<>(byName);
        close.addAll(byCode);
        if (close.isEmpty()) {
            close.add(parent);
        }
        return close.stream().limit(SUGGESTIONS).toList();
    }

    /** A country typed by name ("germany", "united states"). */
    private List<String> byName(String typed) {
        String words = typed.replace('-', ' ').strip();
        if (words.length() < 3) {
            return List.of();
        }
        return countries.stream().filter(c -> new Locale("", c.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH)
                        .toLowerCase(Locale.ROOT).startsWith(words))
                .sorted(Comparator.naturalOrder()).limit(SUGGESTIONS).toList();
    }

    private static InvalidInputException unknown(String typed, List<String> suggestions) {
        String shown = typed == null ? "" : typed.strip().replace('`', '\'');
        shown = shown.length() > 30 ? shown.substring(0, 30) + "…" : shown;
        String hint = suggestions.isEmpty() ? "" : " Did you mean " + suggestions.stream().map(s -> "`" + s + "`")
                .collect(Collectors.joining(", ")) + "?";
        return new InvalidInputException("I don't know the holidays of `" + shown + "`." + hint
                + " Use a country and, if its holidays differ by region, the region: `gb-eng`, `us-ny`, `de-by`, `fr`.");
    }
}
