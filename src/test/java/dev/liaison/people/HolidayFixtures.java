package dev.liaison.people;

import java.time.Clock;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The real {@link HolidayCalendar} for tests of other packages that build services by hand (its
 * constructor is package-private): people's codes from the given PeopleService (a mock answers with
 * whatever persons the test made), the workspace default from the given database.
 */
public final class HolidayFixtures {

    private static final HolidayRegions REGIONS = new HolidayRegions();

    private HolidayFixtures() {
    }

    public static HolidayCalendar calendar(MongoTemplate mongo, PeopleService people, Clock clock) {
        return new HolidayCalendar(mongo, REGIONS, people, clock, new dev.liaison.store.Sequences(mongo));
    }

    /** A person's own holiday code, as {@code /liaison me holidays} stores it. */
    public static Person withCode(Person person, String code) {
        person.setHolidayCode(REGIONS.validate(code).code());
        return person;
    }
}
