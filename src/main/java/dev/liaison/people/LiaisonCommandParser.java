package dev.liaison.people;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import dev.liaison.parsing.CommandTokenizer;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.parsing.Mentions;
import dev.liaison.parsing.Token;
import dev.liaison.parsing.UnknownSubCommand;

/** The grammar of /liaison (docs/commands.md), as far as it is built: personal settings and help. */
public final class LiaisonCommandParser {

    public static final String USAGE = String.join("\n",
            "*`/liaison` commands*",
            "• `/liaison me`: your digest time, working hours and public holidays",
            "• `/liaison me digest <HH:MM>|off`: when your daily digest arrives (your time zone), or no digest",
            "• `/liaison me hours <HH:MM>-<HH:MM> [mon-fri|mon-sun|mon,wed,fri]`: when check-in nudges may reach you",
            "• `/liaison me holidays <country>[-<region>]|off`: the public holidays you keep (`gb-eng`, `us-ny`, `de-by`, `fr`);"
                    + " `off`: the workspace's default",
            "• `/liaison team`: your team · `/liaison team @lead @member…` (heads of accounts): set the lead of those members",
            "• `/liaison capacity @user <N>`: how many clients someone can carry (default 10)",
            "• `/liaison config escalation-channel #channel` and `/liaison config working-hours 09:00-18:00 mon-fri`"
                    + " (heads of accounts): where escalations go, and the hours p2/p3 deadlines count",
            "• `/liaison config`: the workspace's settings · `/liaison config holidays <country>[-<region>]|off`"
                    + " (heads of accounts): the workspace's default public holidays",
            "• `/liaison config admins`: the heads of accounts · `/liaison config admins @a @b` (heads of accounts):"
                    + " name them (`none`: the Slack owners and admins act as heads)",
            "• `/liaison import`: how to import clients from a CSV file");

    private LiaisonCommandParser() {
    }

    public static LiaisonCommand parse(String text) {
        List<Token> tokens = CommandTokenizer.tokenize(text == null ? "" : text);
        if (tokens.isEmpty()) {
            return new LiaisonCommand.Help(USAGE);
        }
        String sub = tokens.get(0).text().toLowerCase(Locale.ROOT);
        return switch (sub) {
            case "help", "?" -> new LiaisonCommand.Help(USAGE);
            case "import" -> new LiaisonCommand.ExplainImport();
            case "me" -> me(tokens);
            case "team" -> team(tokens);
            case "capacity" -> capacity(tokens);
            case "config" -> config(tokens);
            default -> new LiaisonCommand.Help(UnknownSubCommand.answer(tokens.get(0).text(), "", USAGE));
        };
    }

    private static LiaisonCommand me(List<Token> tokens) {
        if (tokens.size() == 1) {
            return new LiaisonCommand.ShowMe();
        }
        String what = tokens.get(1).text().toLowerCase(Locale.ROOT);
        if (what.equals("digest")) {
            if (tokens.size() != 3) {
                throw new InvalidInputException("Give a time or `off`: `/liaison me digest 08:30`.");
            }
            String value = tokens.get(2).text();
            if (value.equalsIgnoreCase("off")) {
                return new LiaisonCommand.SetDigest(null);
            }
            return new LiaisonCommand.SetDigest(time(value).orElseThrow(() -> new InvalidInputException(
                    "`" + clip(value) + "` is not a time. Use 24-hour HH:MM, like `08:30`.")));
        }
        if (what.equals("hours")) {
            if (tokens.size() < 3 || tokens.size() > 4) {
                throw new InvalidInputException("Give a range and optionally days: `/liaison me hours 08:00-16:30 mon-fri`.");
            }
            return hours(tokens.get(2), tokens.size() == 4 ? tokens.get(3) : null);
        }
        if (what.equals("holidays")) {
            return new LiaisonCommand.SetHolidays(holidayCode(tokens, "/liaison me holidays"));
        }
        throw new InvalidInputException("`/liaison me` takes `digest`, `hours` or `holidays`. " + "Try `/liaison me digest 08:30`.");
    }

    private static LiaisonCommand team(List<Token> tokens) {
        if (tokens.size() == 1) {
            return new LiaisonCommand.Team(null, List.of());
        }
        List<String> people = new ArrayList<>();
        for (Token token : tokens.subList(1, tokens.size())) {
            people.add(Mentions.user(token.text()).map(Mentions.UserMention::userId)
                    .orElseThrow(() -> new InvalidInputException("`" + clip(token.text())
                            + "` is not a person. Use `/liaison team @lead @member @member`.")));
        }
        if (people.size() < 2) {
            throw new InvalidInputException("Name the lead first, then the members: `/liaison team @lead @member @member`.");
        }
        List<String> members = people.subList(1, people.size()).stream().distinct()
                .filter(m -> !m.equals(people.get(0))).toList();
        if (members.isEmpty()) {
            throw new InvalidInputException("A lead can't be their own team member; name the members after the lead.");
        }
        return new LiaisonCommand.Team(people.get(0), members);
    }

    private static LiaisonCommand config(List<Token> tokens) {
        String what = tokens.size() > 1 ? tokens.get(1).text().toLowerCase(Locale.ROOT) : "";
        if (tokens.size() == 1) {
            return new LiaisonCommand.ShowConfig();
        }
        if (what.equals("holidays")) {
            return new LiaisonCommand.ConfigHolidays(holidayCode(tokens, "/liaison config holidays"));
        }
        if (what.equals("escalation-channel") && tokens.size() == 3) {
            return new LiaisonCommand.ConfigEscalationChannel(Mentions.channel(tokens.get(2).text())
                    .map(Mentions.ChannelMention::channelId)
                    .orElseThrow(() -> new InvalidInputException("Pick the channel from Slack's # menu: "
                            + "`/liaison config escalation-channel #escalations`.")));
        }
        if (what.equals("admins")) {
            if (tokens.size() == 3 && tokens.get(2).text().equalsIgnoreCase("none")) {
                return new LiaisonCommand.ConfigAdmins(List.of(), true);
            }
            List<String> people = new ArrayList<>();
            for (Token token : tokens.subList(2, tokens.size())) {
                people.add(Mentions.user(token.text()).map(Mentions.UserMention::userId)
                        .orElseThrow(() -> new InvalidInputException("`" + clip(token.text())
                                + "` is not a person. Use `/liaison config admins @head @head`.")));
            }
            return new LiaisonCommand.ConfigAdmins(people.stream().distinct().toList(), false);
        }
        if (what.equals("working-hours") && (tokens.size() == 3 || tokens.size() == 4)) {
            LiaisonCommand.SetHours hours = hours(tokens.get(2), tokens.size() == 4 ? tokens.get(3) : null);
            if (hours.start().isAfter(hours.end())) {
                throw new InvalidInputException("Workspace working hours can't run past midnight.");
            }
            return new LiaisonCommand.ConfigWorkingHours(hours.start(), hours.end(), hours.days());
        }
        throw new InvalidInputException("Use `/liaison config escalation-channel #channel`, "
                + "`/liaison config working-hours 09:00-18:00 mon-fri`, `/liaison config holidays gb-eng` or `/liaison config admins @head`.");
    }

    /** The third word of "… holidays gb-eng": a code (checked against Jollyday by the handler), or null for off. */
    private static String holidayCode(List<Token> tokens, String command) {
        if (tokens.size() != 3) {
            throw new InvalidInputException("Give a country and, if its holidays differ by region, the region, or `off`: `"
                    + command + " gb-eng` (also `us-ny`, `de-by`, `fr`).");
        }
        String code = tokens.get(2).text();
        return code.equalsIgnoreCase("off") || code.equalsIgnoreCase("none") ? null : code;
    }

    private static LiaisonCommand capacity(List<Token> tokens) {
        if (tokens.size() != 3) {
            throw new InvalidInputException("Use `/liaison capacity @user 8`.");
        }
        String user = Mentions.user(tokens.get(1).text()).map(Mentions.UserMention::userId)
                .orElseThrow(() -> new InvalidInputException("Name the person: `/liaison capacity @user 8`."));
        String n = tokens.get(2).text();
        if (!n.matches("\\d{1,3}") || Integer.parseInt(n) < 1 || Integer.parseInt(n) > 200) {
            throw new InvalidInputException("Capacity is a number of clients from 1 to 200, not `" + clip(n) + "`.");
        }
        return new LiaisonCommand.Capacity(user, Integer.parseInt(n));
    }

    /** HH:MM-HH:MM and optional days, for a person or the workspace. */
    private static LiaisonCommand.SetHours hours(Token rangeToken, Token daysToken) {
        String[] range = rangeToken.text().split("-", -1);
        Optional<LocalTime> start = range.length == 2 ? time(range[0]) : Optional.empty();
        Optional<LocalTime> end = range.length == 2 ? time(range[1]) : Optional.empty();
        if (start.isEmpty() || end.isEmpty()) {
            throw new InvalidInputException("`" + clip(rangeToken.text())
                    + "` is not a range of hours. Use HH:MM-HH:MM, like `09:00-17:30`.");
        }
        if (start.get().equals(end.get())) {
            throw new InvalidInputException("Working hours need a start and an end that differ.");
        }
        Set<DayOfWeek> days = daysToken != null ? days(daysToken.text()) : PersonalSchedule.WEEKDAYS;
        return new LiaisonCommand.SetHours(start.get(), end.get(), days);
    }

    /** 9:00, 09:00, 17:30; 24-hour clock. */
    static Optional<LocalTime> time(String text) {
        if (text == null || !text.strip().matches("\\d{1,2}:\\d{2}")) {
            return Optional.empty();
        }
        String[] parts = text.strip().split(":");
        int hour = Integer.parseInt(parts[0]);
        int minute = Integer.parseInt(parts[1]);
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }

    /** mon-fri, sat-sun, mon,wed,fri, tue; ranges may wrap (fri-mon). */
    static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.toLowerCase(Locale.ROOT).split(",")) {
            String[] range = part.strip().split("-");
            if (range.length == 1) {
                days.add(day(range[0]));
            } else if (range.length == 2) {
                DayOfWeek from = day(range[0]);
                DayOfWeek to = day(range[1]);
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to) {
                        break;
                    }
                }
            } else {
                throw badDays(text);
            }
        }
        return days;
    }

    private static DayOfWeek day(String word) {
        String w = word.strip();
        if (w.length() >= 3) {
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.name().toLowerCase(Locale.ROOT).startsWith(w)) {
                    return day;
                }
            }
        }
        throw badDays(word);
    }

    private static InvalidInputException badDays(String text) {
        return new InvalidInputException("`" + clip(text) + "` is not a set of days. Use `mon-fri`, `mon-sun` or `mon,wed,fri`.");
    }

    private static String clip(String text) {
        String t = text.replace('`', '\'');
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
