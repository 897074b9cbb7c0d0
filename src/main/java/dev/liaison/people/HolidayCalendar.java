package dev.liaison.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import dev.liaison.store.Sequences;
import dev.liaison.store.VersionedCache;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Whose public holidays apply when: a person's own code ({@code /liaison me holidays gb-eng}), else
 * their workspace's default ({@code /liaison config holidays de-by}), else none. The one place other
 * features ask:
 * <ul>
 *   <li>{@link #isHoliday(String, String, LocalDate)}: is this day a holiday for this person;</li>
 *   <li>{@link #workingDays(String, String)}: that person's working days (days of the week they work,
 *       less their holidays), e.g. to count this month's working days;</li>
 *   <li>{@link #workspaceHolidays(String)} and {@link #workspaceWorkingDays(String)}: the workspace's
 *       default, which p2/p3 escalation clocks skip;</li>
 *   <li>{@link #forTeam(String)}: for a job going through a workspace's people, the default read once.</li>
 * </ul>
 * The holidays themselves are worked out once per code and year ({@link HolidayRegions}).
 */
@Service
public class HolidayCalendar {

    /** The workspace default lives in the workspace's settings document, beside its working hours. */
    @Document("workspace_settings")
    record WorkspaceHolidays(@Id String teamId, String holidays) {
    }

    private final MongoTemplate mongo;
    private final HolidayRegions regions;
    private final PeopleService people;
    private final Clock clock;

    /** The workspace's default code, cached with its settings document (the same version, see {@link WorkspaceSettingsService}). */
    private final VersionedCache<Optional<String>> codes;

    HolidayCalendar(MongoTemplate mongo, HolidayRegions regions, PeopleService people, Clock clock, Sequences sequences) {
        this.codes = new VersionedCache<>(sequences, WorkspaceSettingsService.VERSION);
        this.mongo = mongo;
        this.regions = regions;
        this.people = people;
        this.clock = clock;
    }

    /** Whether {@code day} is a public holiday for that person (their code, else the workspace's default). */
    public boolean isHoliday(String teamId, String userId, LocalDate day) {
        return personHolidays(teamId, userId).isHoliday(day);
    }

    /** The person's holidays (their code, else the workspace's default, else none). */
    public Holidays personHolidays(String teamId, String userId) {
        return forTeam(teamId).of(people.find(teamId, userId).orElse(null));
    }

    /** The person's working days: the days of the week of their working hours, less their holidays. */
    public WorkingDays workingDays(String teamId, String userId) {
        return people.find(teamId, userId).map(p -> forTeam(teamId).schedule(p).workingDays())
                .orElseGet(() -> new WorkingDays(null, workspaceHolidays(teamId)));
    }

    /** The workspace's default holidays ({@link Holidays#NONE} when no head of accounts chose a code). */
    public Holidays workspaceHolidays(String teamId) {
        return regions.holidays(workspaceCode(teamId).orElse(null));
    }

    /** The workspace's working days: the days of its working hours, less its default holidays. */
    public WorkingDays workspaceWorkingDays(String teamId) {
        WorkspaceSettings settings = mongo.findById(teamId, WorkspaceSettings.class);
        return new WorkingDays(settings == null ? null : settings.days(), workspaceHolidays(teamId));
    }

    /** The code a head of accounts chose for the workspace. */
    public Optional<String> workspaceCode(String teamId) {
        return codes.get(teamId, "", () -> Optional.ofNullable(mongo.findById(teamId, WorkspaceHolidays.class))
                .map(WorkspaceHolidays::holidays).filter(c -> !c.isBlank()));
    }

    /** The workspace's default holidays as of one read, to look up each of its people without another. */
    public Team forTeam(String teamId) {
        return new Team(workspaceCode(teamId).orElse(null));
    }

    /**
     * Validates the code and sets it as the workspace default; null clears it.
     *
     * @return what the code names
     * @throws dev.liaison.parsing.InvalidInputException for a code Jollyday does not know, with close ones
     */
    public Optional<HolidayRegions.Region> setWorkspaceCode(String teamId, String typed, String by) {
        Optional<HolidayRegions.Region> region = Optional.ofNullable(typed).map(regions::validate);
        Update update = region.isPresent() ? new Update().set("holidays", region.get().code()) : new Update().unset("holidays");
        mongo.upsert(Query.query(Criteria.where("_id").is(teamId)), update.set("updatedBy", by).set("updatedAt", clock.instant()),
                WorkspaceSettings.class);
        codes.changed(teamId);
        return region;
    }

    /**
     * Validates the code and sets it as the person's own; null goes back to the workspace default.
     *
     * @throws dev.liaison.parsing.InvalidInputException for a code Jollyday does not know, with close ones
     */
    public Optional<HolidayRegions.Region> setPersonCode(String teamId, String userId, String typed) {
        Optional<HolidayRegions.Region> region = Optional.ofNullable(typed).map(regions::validate);
        people.setHolidayCode(teamId, userId, region.map(HolidayRegions.Region::code).orElse(null));
        return region;
    }

    /** What a stored code names ("England, United Kingdom"), for showing settings. */
    public String describe(String code) {
        try {
            return regions.validate(code).name();
        } catch (dev.liaison.parsing.InvalidInputException noLongerKnown) {
            // a code stored before an upgrade of Jollyday that no longer knows it: shown as it is
            return code;
        }
    }

    /** One workspace's holidays as of one read of its default. */
    public final class Team {

        private final String defaultCode;

        private Team(String defaultCode) {
            this.defaultCode = defaultCode;
        }

        /** The code that applies to the person: theirs, else the workspace's; null when neither. */
        public String codeOf(Person person) {
            return person != null && person.holidayCode() != null ? person.holidayCode() : defaultCode;
        }

        public Holidays of(Person person) {
            return regions.holidays(codeOf(person));
        }

        /** The person's schedule where their holidays are not working days. */
        public PersonalSchedule schedule(Person person) {
            return person.schedule().withHolidays(of(person));
        }
    }
}
