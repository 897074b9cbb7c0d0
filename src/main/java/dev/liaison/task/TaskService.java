package dev.liaison.task;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.liaison.parsing.InvalidInputException;
import dev.liaison.people.PeopleService;
import dev.liaison.store.Sequences;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Tasks: numbered per workspace. Each opening, reassignment and closing is published ({@link TaskOpened},
 * {@link TaskClosed}) so the client feature can mirror open tasks onto their client, and its card never
 * queries this collection; tasks themselves know clients only through {@link TaskClients}.
 */
@Service
public class TaskService {

    private final MongoTemplate mongo;
    private final TaskRepository tasks;
    private final Sequences sequences;
    private final TaskClients clients;
    private final PeopleService people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TaskService(MongoTemplate mongo, TaskRepository tasks, Sequences sequences, TaskClients clients,
                PeopleService people, ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.tasks = tasks;
        this.sequences = sequences;
        this.clients = clients;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    public Task add(String teamId, String clientId, String title, String assigneeId, LocalDate due, String actorId) {
        String owner = clients.ownerOf(teamId, clientId);
        String assignee = assigneeId != null ? assigneeId : owner;
        if (assigneeId != null) {
            var person = people.lookup(teamId, assigneeId);
            if (person.isEmpty() || person.get().guest() || person.get().stranger() || person.get().bot()) {
                throw new InvalidInputException("Tasks can only be assigned to members of this workspace.");
            }
        }
        String number = "T-" + sequences.next(teamId, "task");
        Task task = tasks.insert(new Task(Task.id(teamId, number), teamId, number, clientId, title, assignee,
                due == null ? null : due.toString(), Task.TaskStatus.OPEN, actorId, clock.instant(), null, null));
        events.publishEvent(TaskOpened.of(task));
        return task;
    }

    /** Gives an open task to someone else (cover while its assignee is out, and back); false when it is closed. */
    public boolean reassign(String teamId, String number, String assigneeId) {
        Task task = mongo.findAndModify(
                Query.query(Criteria.where("_id").is(Task.id(teamId, number)).and("status").is(Task.TaskStatus.OPEN)),
                new Update().set("assigneeId", assigneeId), FindAndModifyOptions.options().returnNew(true), Task.class);
        if (task == null) {
            return false;
        }
        events.publishEvent(TaskOpened.of(task));
        return true;
    }

    /** Tasks of these clients created or done between two instants (the "while you were out" summary). */
    public List<Task> activityBetween(String teamId, Collection<String> clientIds,
                                                Instant from, Instant to) {
        return mongo.find(Query.query(Criteria.where("teamId").is(teamId).and("clientId").in(clientIds)), Task.class)
                .stream()
                .filter(t -> between(t.createdAt(), from, to) || between(t.doneAt(), from, to))
                .toList();
    }

    private static boolean between(Instant at, Instant from, Instant to) {
        return at != null && !at.isBefore(from) && at.isBefore(to);
    }

    public Optional<Task> find(String teamId, String number) {
        return tasks.findById(Task.id(teamId, number));
    }

    public record Closed(Task task, boolean alreadyDone) {
    }

    /** Closes a task once; closing it again says so and changes nothing. */
    public Closed done(String teamId, String number, String actorId) {
        Query open = Query.query(Criteria.where("_id").is(Task.id(teamId, number)).and("status").is(Task.TaskStatus.OPEN));
        Update close = new Update().set("status", Task.TaskStatus.DONE).set("doneBy", actorId).set("doneAt", clock.instant());
        Task closed = mongo.findAndModify(open, close, FindAndModifyOptions.options().returnNew(true), Task.class);
        if (closed == null) {
            Task existing = tasks.findById(Task.id(teamId, number)).orElseThrow(() -> new InvalidInputException(
                    "There is no task " + number + " in this workspace."));
            return new Closed(existing, true);
        }
        events.publishEvent(new TaskClosed(teamId, closed.clientId(), number));
        return new Closed(closed, false);
    }

    /** Every open task of a workspace by assignee, due first: one read for a job that visits everyone. */
    public Map<String, List<Task>> openByAssignee(String teamId) {
        // in batches, like the workspace's clients: one reply must stay under the wire protocol's 48 MB
        return mongo.find(Query.query(Criteria.where("teamId").is(teamId).and("status").is(Task.TaskStatus.OPEN))
                                .cursorBatchSize(2_000), Task.class).stream()
                .sorted(Comparator.comparing((Task t) -> t.due() == null ? "9999" : t.due())
                        .thenComparing(Task::createdAt))
                .collect(Collectors.groupingBy(Task::assigneeId));
    }

    /** Someone's open tasks, due first (undated last), for their digest and App Home. */
    public List<Task> openAssignedTo(String teamId, String userId) {
        return tasks.findByTeamIdAndAssigneeIdAndStatus(teamId, userId, Task.TaskStatus.OPEN).stream()
                .sorted(Comparator.comparing((Task t) -> t.due() == null ? "9999" : t.due())
                        .thenComparing(Task::createdAt))
                .toList();
    }
}
