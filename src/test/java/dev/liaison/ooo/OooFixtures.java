package dev.liaison.ooo;

import java.time.Clock;

import dev.liaison.client.ClientService;
import dev.liaison.people.HolidayFixtures;
import dev.liaison.people.PeopleService;
import dev.liaison.store.Sequences;
import dev.liaison.task.TaskService;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The out-of-office services for other features' service tests: the real ones, on the ports given. */
public final class OooFixtures {

    private OooFixtures() {
    }

    public static AbsenceService absences(MongoTemplate mongo, Clock clock) {
        return new AbsenceService(mongo, clock);
    }

    public static OooService ooo(AbsenceService absences, PeopleService people, ClientService clients, TaskService tasks,
                                 MongoTemplate mongo, OooMessages messages, Clock clock, Sequences sequences) {
        return new OooService(absences, people, clients, tasks, mongo, messages, clock, sequences, event -> { },
                HolidayFixtures.calendar(mongo, people, clock));
    }

    /** What ooo-watch does, for a test that runs it. */
    public static int watch(OooService ooo) {
        return ooo.watch();
    }
}
