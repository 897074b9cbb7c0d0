package dev.liaison.people.slack;
import dev.liaison.parsing.InvalidInputException;
import dev.liaison.parsing.Money;
import dev.liaison.parsing.Plural;
import dev.liaison.people.HeadsOfAccounts;
import dev.liaison.people.HolidayCalendar;
import dev.liaison.people.HolidayRegions;
import dev.liaison.people.WorkspaceSettings;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.liaison.people.LiaisonCommand;
import dev.liaison.people.LiaisonCommandExtension;
import dev.liaison.people.LiaisonCommandParser;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.people.PersonalSchedule;
import dev.liaison.people.WorkspaceSettingsService;
import dev.liaison.slack.ListenerRegistry;
import dev.liaison.slack.SlackListener;
import dev.liaison.slack.SlackText;
import org.springframework.stereotype.Component;

/** /liaison: personal settings (digest time, working hours, public holidays), workspace settings and help. */
@Component
class LiaisonCommandListener implements SlackListener {

    static final String IMPORT_HELP = String.join("\n",
            "*Importing clients from a CSV file*",
            "Upload a `.csv` file in a direct message with me. Columns (a header row first):",
            // the client feature's ClientImport.COLUMNS_TEXT, written out: people must not depend on client
            // (a module cycle); LiaisonImportHelpTest fails when the two part
            "`name, owner_email or owner_id, tier, cadence_days, renewal, retainer, budget_hours, domains, qbr_weeks,"
                    + " update_weeks, aliases`",
            "• `tier`: enterprise, growth or standard · `renewal`: YYYY-MM-DD · `qbr_weeks`: weeks between quarterly"
                    + " reviews, 0 for none · `update_weeks`: weeks between client updates · `domains` and `aliases`: separated by `;`",
            "I answer with the rows created, updated and rejected, and why. Importing the same file again changes nothing.");

    private final PeopleService people;
    private final WorkspaceSettingsService settings;
    private final HeadsOfAccounts heads;
    private final HolidayCalendar holidays;
    private final List<LiaisonCommandExtension> extensions;

    LiaisonCommandListener(PeopleService people, WorkspaceSettingsService settings,
                           HeadsOfAccounts heads, HolidayCalendar holidays, List<LiaisonCommandExtension> extensions) {
        this.people = people;
        this.settings = settings;
        this.heads = heads;
        this.holidays = holidays;
        this.extensions = extensions;
    }

    @Override
    public void register(ListenerRegistry registry) {
        registry.command("/liaison", this::handle);
    }

    private Response handle(SlashCommandRequest req, SlashCommandContext ctx) {
        var payload = req.getPayload();
        String teamId = payload.getTeamId();
        String userId = payload.getUserId();
        LiaisonCommand command = LiaisonCommandParser.parse(SlackText.unescape(payload.getText()));
        if (command instanceof LiaisonCommand.Help help) {
            return ctx.ack(SlackText.escape(help.text()));
        }
        if (command instanceof LiaisonCommand.ExplainImport) {
            return ctx.ack(SlackText.escape(IMPORT_HELP));
        }
        if (command instanceof LiaisonCommand.SetDigest digest) {
            Person person = people.setDigest(teamId, userId, digest.time());
            return ctx.ack(":white_check_mark: " + (digest.time() == null ? "No more daily digest for you."
                    : "Your digest now arrives at " + digest.time() + " (" + zoneName(person.zone()) + ") on working days."));
        }
        if (command instanceof LiaisonCommand.SetHours hours) {
            Person person = people.setWorkingHours(teamId, userId, hours.start(), hours.end(), hours.days());
            return ctx.ack(":white_check_mark: Working hours: " + describe(person.schedule()) + ".");
        }
        for (LiaisonCommandExtension extension : extensions) {
            var answered = extension.answer(command, teamId, userId, payload.getTriggerId());
            if (answered.isPresent()) {
                // a blank answer: the extension opened a modal, which is the answer
                return answered.get().isBlank() ? ctx.ack() : ctx.ack(answered.get());
            }
        }
        if (command instanceof LiaisonCommand.SetMail mail) {
            people.setMailOff(teamId, userId, !mail.on());
            return ctx.ack(":white_check_mark: " + (mail.on()
                    ? "Your e-mails with clients count as touches again (sender, recipients and date only)."
                    : "I won't read your mailbox for touches any more. Touches already logged stay."));
        }
        if (command instanceof LiaisonCommand.ShowConfig) {
            return ctx.ack(showConfig(teamId));
        }
        if (command instanceof LiaisonCommand.ConfigMailSubjects subjects) {
            if (!people.isAdmin(teamId, userId)) {
                return ctx.ack("Only a head of accounts can change workspace settings.");
            }
            settings.setMailSubjects(teamId, subjects.on(), userId);
            return ctx.ack(":white_check_mark: " + (subjects.on()
                    ? "E-mail touches now keep their subject (never the body)."
                    : "E-mail touches keep no subject from now on: only sender, recipients and date."));
        }
        if (command instanceof LiaisonCommand.Team team) {
            return ctx.ack(team(teamId, userId, team));
        }
        if (command instanceof LiaisonCommand.ConfigAdmins admins) {
            return ctx.ack(admins(teamId, userId, admins));
        }
        if (command instanceof LiaisonCommand.SetHolidays mine) {
            return ctx.ack(holidays.setPersonCode(teamId, userId, mine.code())
                    .map(r -> ":white_check_mark: You keep the public holidays of " + named(r) + ": no digest or nudges on them.")
                    .orElseGet(() -> ":white_check_mark: You keep the workspace's public holidays: "
                            + workspaceHolidays(teamId) + "."));
        }
        if (command instanceof LiaisonCommand.ConfigHolidays workspace) {
            if (!people.isAdmin(teamId, userId)) {
                return ctx.ack("Only a head of accounts can change workspace settings.");
            }
            return ctx.ack(holidays.setWorkspaceCode(teamId, workspace.code(), userId)
                    .map(r -> ":white_check_mark: The workspace keeps the public holidays of " + named(r) + ": not working days for digests, nudges and p2/p3 escalation clocks, except for people"
                            + " who chose their own with `/liaison me holidays`.")
                    .orElse(":white_check_mark: No public holidays for the workspace now (people who chose their own keep them)."));
        }
        if (command instanceof LiaisonCommand.ShowConfig) {
            return ctx.ack(showConfig(teamId));
        }
        if (command instanceof LiaisonCommand.ConfigEscalationChannel || command instanceof LiaisonCommand.ConfigWorkingHours) {
            if (!people.isAdmin(teamId, userId)) {
                return ctx.ack("Only a head of accounts can change workspace settings.");
            }
            if (command instanceof LiaisonCommand.ConfigEscalationChannel channel) {
                settings.setEscalationChannel(teamId, channel.channelId(), userId);
                return ctx.ack(":white_check_mark: Escalations now open in <#" + channel.channelId()
                        + ">. Invite me there with `/invite @Liaison`.");
            }
            var hours = (LiaisonCommand.ConfigWorkingHours) command;
            String zone = people.caller(teamId, userId).zone().getId();
            settings.setWorkingHours(teamId, hours.start(), hours.end(), hours.days(), zone, userId);
            return ctx.ack(":white_check_mark: Workspace working hours: " + describe(new PersonalSchedule(
                    ZoneId.of(zone), null, hours.start(), hours.end(), hours.days())) + ".");
        }
        if (command instanceof LiaisonCommand.ConfigCurrency currency) {
            return ctx.ack(currency(teamId, userId, currency));
        }
        if (command instanceof LiaisonCommand.Capacity capacity) {
            if (!people.mayManage(teamId, userId, capacity.userId())) {
                return ctx.ack("Only <@" + capacity.userId() + ">'s team lead or a head of accounts can set their capacity.");
            }
            checkMember(teamId, capacity.userId());
            people.setCapacity(teamId, capacity.userId(), capacity.capacity());
            return ctx.ack(":white_check_mark: <@" + capacity.userId() + "> can now carry " + Plural.count(capacity.capacity(), "client") + ".");
        }
        Person me = people.lookup(teamId, userId).orElseThrow();
        PersonalSchedule schedule = me.schedule();
        String zone = me.zoneKnown() ? schedule.zone().getId() + " (from your Slack profile)"
                : "unknown (your Slack profile's " + (me.tz() == null || me.tz().isBlank() ? "is empty"
                : "“" + SlackText.user(me.tz(), 60) + "” is not one I know") + "), so the workspace's "
                + zoneName(schedule.zone()) + " is used";
        return ctx.ack("*Your Liaison settings*\n• Time zone: " + zone
                + "\n• E-mail touches: " + (me.mailOff() ? "off (`/liaison me mail on`)"
                : "on" + (me.email() == null ? ", but your Slack profile shows me no e-mail" : ""))
                + "\n• Daily digest: " + (schedule.digestTime() == null ? "off" : schedule.digestTime() + " on working days")
                + "\n• Working hours: " + describe(schedule)
                + "\n• Public holidays: " + (me.holidayCode() != null
                        ? holidays.describe(me.holidayCode()) + " (`" + me.holidayCode() + "`)"
                        : "the workspace's: " + workspaceHolidays(teamId))
                + (me.admin() ? "\n• You are a head of accounts (admin)." : ""));
    }

    /** {@code /liaison config}: the workspace's settings, for anyone in it to read (never a secret; only heads change them). */
    private String showConfig(String teamId) {
        WorkspaceSettings workspace = settings.of(teamId);
        List<String> named = heads.named(teamId);
        StringBuilder text = new StringBuilder("*Workspace settings*");
        text.append("\n• Escalation channel: ").append(settings.escalationChannel(teamId).map(c -> "<#" + c + ">")
                .orElse("none yet (`/liaison config escalation-channel #channel`)"));
        text.append("\n• Working hours (p2/p3 deadlines): ").append(describe(new PersonalSchedule(workspace.zoneId(), null,
                workspace.start(), workspace.end(), workspace.days())));
        text.append("\n• Public holidays: ").append(workspaceHolidays(teamId));
        text.append("\n• E-mail subjects on touches: ").append(settings.mailSubjects(teamId) ? "kept" : "not kept");
        for (LiaisonCommandExtension extension : extensions) {
            extension.configLines(teamId).forEach(line -> text.append("\n• ").append(line));
        }
        text.append("\n• Heads of accounts: ").append(named.isEmpty() ? "the Slack owners and admins"
                : named.stream().map(id -> "<@" + id + ">").collect(Collectors.joining(", ")));
        return text.toString();
    }

    /** "England, United Kingdom (`gb-eng`)". */
    private static String named(HolidayRegions.Region region) {
        return region.name() + " (`" + region.code() + "`)";
    }

    private String workspaceHolidays(String teamId) {
        return holidays.workspaceCode(teamId).map(code -> holidays.describe(code) + " (`" + code + "`)")
                .orElse("none (`/liaison config holidays gb-eng`)");
    }

    private String team(String teamId, String callerId, LiaisonCommand.Team team) {
        if (team.leadId() == null) {
            List<Person> led = people.ledBy(teamId, callerId);
            Person me = people.lookup(teamId, callerId).orElseThrow();
            StringBuilder text = new StringBuilder();
            if (!led.isEmpty()) {
                text.append("*You lead* ").append(led.stream().map(p -> "<@" + p.userId() + "> (capacity " + p.capacity() + ")")
                        .collect(Collectors.joining(", "))).append('\n');
            }
            if (me.leadId() != null) {
                text.append("*Your lead* <@").append(me.leadId()).append(">\n*Your teammates* ")
                        .append(people.teammatesOf(teamId, callerId).stream().map(p -> "<@" + p.userId() + ">")
                                .collect(Collectors.joining(", ")));
            }
            return text.isEmpty() ? "You're not on a team yet. A head of accounts sets one with `/liaison team @lead @member @member`."
                    : text.toString().strip();
        }
        // leads are named, never self-appointed: a lead decides cover and absences for their team
        if (!people.isAdmin(teamId, callerId)) {
            return "Only a head of accounts can set a team or name a lead. Ask one of them: `/liaison config admins` lists them.";
        }
        checkMember(teamId, team.leadId());
        for (String member : team.memberIds()) {
            checkMember(teamId, member);
        }
        people.setTeam(teamId, team.leadId(), team.memberIds());
        return ":white_check_mark: <@" + team.leadId() + "> now leads " + team.memberIds().stream().map(m -> "<@" + m + ">")
                .collect(Collectors.joining(", ")) + ".";
    }

    /** Shown to anyone; set by a head of accounts only, as every workspace setting. */
    private String currency(String teamId, String callerId, LiaisonCommand.ConfigCurrency currency) {
        if (currency.currency() == null) {
            Currency now = settings.currency(teamId);
            return "Amounts are shown in " + now.getCurrencyCode() + " (" + Money.format(1_250_000, now)
                    + "). A head of accounts changes it with `/liaison config currency EUR`.";
        }
        if (!people.isAdmin(teamId, callerId)) {
            return "Only a head of accounts can change workspace settings.";
        }
        settings.setCurrency(teamId, currency.currency(), callerId);
        return ":white_check_mark: Amounts are now shown in " + currency.currency().getCurrencyCode() + ", like "
                + Money.format(1_250_000, currency.currency()) + ". Amounts already typed keep their numbers.";
    }

    private String admins(String teamId, String callerId, LiaisonCommand.ConfigAdmins admins) {
        if (admins.userIds().isEmpty() && !admins.none()) {
            List<String> named = heads.named(teamId);
            return named.isEmpty()
                    ? "No heads of accounts are named for this workspace, so its Slack owners and admins act as heads"
                            + " (and anyone the operator listed). A head names them with `/liaison config admins @a @b`."
                    : "*Heads of accounts* " + named.stream().map(id -> "<@" + id + ">").collect(Collectors.joining(", "))
                            + " (and anyone the operator listed).";
        }
        if (!people.isAdmin(teamId, callerId)) {
            return "Only a head of accounts can name the heads of accounts.";
        }
        for (String id : admins.userIds()) {
            checkMember(teamId, id);
        }
        settings.setAdmins(teamId, admins.userIds(), callerId);
        if (admins.none()) {
            return ":white_check_mark: No heads of accounts are named now: this workspace's Slack owners and admins act as heads"
                    + " (unless the operator listed some).";
        }
        return ":white_check_mark: Heads of accounts: " + admins.userIds().stream().map(id -> "<@" + id + ">")
                .collect(Collectors.joining(", ")) + ". They set teams, leads and workspace settings.";
    }

    private Person checkMember(String teamId, String userId) {
        Person person = people.lookup(teamId, userId).orElseThrow(() ->
                new InvalidInputException("I can't find that person in this workspace."));
        if (person.guest() || person.stranger() || person.bot()) {
            throw new InvalidInputException(SlackText.escape(person.displayName())
                    + " is a guest, a bot or from another organisation, so they can't take that role.");
        }
        return person;
    }

    static String describe(PersonalSchedule schedule) {
        String days = schedule.workDays().stream().sorted()
                .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).collect(Collectors.joining(", "));
        return schedule.workStart() + "–" + schedule.workEnd() + ", " + days + " (" + zoneName(schedule.zone()) + ")";
    }

    /** "UTC" rather than Java's "Z". */
    private static String zoneName(ZoneId zone) {
        return zone.normalized().equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }
}
