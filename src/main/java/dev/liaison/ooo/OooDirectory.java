package dev.liaison.ooo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import dev.liaison.client.CoverageLookup;
import dev.liaison.client.TeamDirectory;
import dev.liaison.people.PeopleService;
import dev.liaison.people.Person;
import dev.liaison.store.Sequences;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Teams, absences and cover as the client features read them (App Home, cards, digests, nudges). */
@Component
class OooDirectory implements TeamDirectory, CoverageLookup {

    private final PeopleService people;
    private final AbsenceService absences;
    private final OooService ooo;
    private final MongoTemplate mongo;
    private final Sequences sequences;

    /**
     * A workspace's open client covers as of a version of its cover sequence, and the same by client:
     * a card looks its client up instead of going through every cover of the workspace.
     */
    private record ClientCovers(long version, List<Coverage> open, Map<String, List<Coverage>> byClient) {
        ClientCovers(long version, List<Coverage> open) {
            this(version, open, open.stream().collect(Collectors.groupingBy(Coverage::itemId,
                    Collectors.toUnmodifiableList())));
        }
    }

    private final Map<String, ClientCovers> clientCovers = new ConcurrentHashMap<>();

    OooDirectory(PeopleService people, AbsenceService absences, OooService ooo, MongoTemplate mongo,
                 Sequences sequences) {
        this.sequences = sequences;
        this.people = people;
        this.absences = absences;
        this.ooo = ooo;
        this.mongo = mongo;
    }

    @Override
    public List<String> membersLedBy(String teamId, String leadId) {
        return people.ledBy(teamId, leadId).stream().map(Person::userId).toList();
    }

    @Override
    public int capacityOf(String teamId, String userId) {
        return people.find(teamId, userId).map(Person::capacity).orElse(DEFAULT_CAPACITY);
    }

    @Override
    public List<TeamDirectory.Absence> outOnTeamOf(String teamId, String userId, LocalDate day) {
        String lead = people.find(teamId, userId).map(Person::leadId).orElse(null);
        return people.members(teamId).stream()
                .filter(p -> !p.userId().equals(userId))
                .filter(p -> userId.equals(p.leadId()) || (lead != null && (lead.equals(p.leadId()) || lead.equals(p.userId()))))
                .flatMap(p -> absences.current(teamId, p.userId(), day).stream()
                        .map(a -> new TeamDirectory.Absence(p.userId(), a.toDate(), coverers(a))))
                .toList();
    }

    /** Everyone covering part of an absence (several when the lead spread the work). */
    // qualified: inside a TeamDirectory the simple name Absence is the interface's own record
    private List<String> coverers(dev.liaison.ooo.Absence absence) {
        return mongo.find(Query.query(Criteria.where("absenceId").is(absence.id()).and("ended").is(false)),
                Coverage.class).stream().map(Coverage::coverId).distinct().sorted().toList();
    }

    @Override
    public List<PendingReallocation> pendingReallocations(String teamId, String leadId) {
        return ooo.pendingFor(teamId, leadId).stream()
                .map(p -> new PendingReallocation(p.absentId(), LocalDate.parse(p.from()), p.items().size())).toList();
    }

    /**
     * Open client covers, cached per workspace and re-read only when the cover sequence moved (every
     * change bumps it, on any instance, and {@link Sequences#recent} reads it at most every 250 ms): a
     * status card costs no database read for covers, not a scan of them.
     */
    private List<Coverage> openClientCovers(String teamId) {
        return clientCovers(teamId).open();
    }

    private ClientCovers clientCovers(String teamId) {
        long version = sequences.recent(teamId, Coverage.VERSION);
        ClientCovers cached = clientCovers.get(teamId);
        if (cached != null && cached.version() == version) {
            return cached;
        }
        List<Coverage> open = List.copyOf(mongo.find(Query.query(Criteria.where("teamId").is(teamId)
                .and("kind").is(Plan.Kind.CLIENT).and("ended").is(false)), Coverage.class));
        ClientCovers fresh = new ClientCovers(version, open);
        clientCovers.put(teamId, fresh);
        return fresh;
    }

    @Override
    public Optional<Cover> coverOf(String teamId, String clientId, LocalDate day) {
        return clientCovers(teamId).byClient().getOrDefault(clientId, List.of()).stream()
                .filter(c -> c.activeOn(day))
                .findFirst()
                .map(c -> new Cover(c.coverId(), c.absentId(), LocalDate.parse(c.to())));
    }

    @Override
    public List<String> clientsCoveredBy(String teamId, String userId, LocalDate day) {
        return openClientCovers(teamId).stream().filter(c -> c.coverId().equals(userId))
                .filter(c -> c.activeOn(day)).map(Coverage::itemId).toList();
    }

    @Override
    public TeamCoverage ofTeam(String teamId) {
        Map<String, List<dev.liaison.ooo.Absence>> out = absences.ofTeam(teamId).stream()
                .filter(a -> !a.cancelled())
                .collect(Collectors.groupingBy(dev.liaison.ooo.Absence::userId));
        Map<String, List<Coverage>> byCover = openClientCovers(teamId).stream()
                .collect(Collectors.groupingBy(Coverage::coverId));
        return new TeamCoverage() {
            @Override
            public boolean isOut(String userId, LocalDate day) {
                return out.getOrDefault(userId, List.of()).stream().anyMatch(a -> a.covers(day));
            }

            @Override
            public List<String> clientsCoveredBy(String userId, LocalDate day) {
                return byCover.getOrDefault(userId, List.of()).stream().filter(c -> c.activeOn(day))
                        .map(Coverage::itemId).toList();
            }
        };
    }

    @Override
    public boolean isOut(String teamId, String userId, LocalDate day) {
        return absences.current(teamId, userId, day).isPresent();
    }
}
