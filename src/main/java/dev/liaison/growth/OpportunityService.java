package dev.liaison.growth;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.liaison.parsing.InvalidInputException;
import dev.liaison.store.Sequences;
import dev.liaison.store.VersionedCache;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Opportunities, numbered per workspace (O-12). Every read names its workspace, and one typed number is
 * looked up by team + number, so another workspace's O-1 is never found. Who owns an opportunity is
 * decided by the caller (the client's owner when it is added); it keeps that owner for its digest line.
 */
@Service
public class OpportunityService {

    static final int TITLE_MAX = 200;

    /** The version of a workspace's opportunities: every write bumps it ({@link VersionedCache}). */
    static final String VERSION = "opportunities";

    private final MongoTemplate mongo;
    private final Sequences sequences;
    private final Clock clock;
    /** Each workspace's open opportunities by client, for the card: read once per change, not per card. */
    private final VersionedCache<Map<String, List<Opportunity>>> openByClient;

    OpportunityService(MongoTemplate mongo, Sequences sequences, Clock clock) {
        this.mongo = mongo;
        this.sequences = sequences;
        this.clock = clock;
        this.openByClient = new VersionedCache<>(sequences, VERSION);
    }

    /** Opportunities were written behind this service's back (the sandbox's Reset demo): every instance reloads. */
    public void changed(String teamId) {
        openByClient.changed(teamId);
    }

    public Opportunity add(String teamId, String clientId, String ownerId, String title, Long amountCents, Stage stage,
                           LocalDate close, String actorId) {
        String checked = checkedTitle(title);
        Stage at = stage == null ? Stage.LEAD : stage;
        Instant now = clock.instant();
        String number = "O-" + sequences.next(teamId, "opportunity");
        Opportunity opportunity = new Opportunity(Opportunity.id(teamId, number), teamId, number, clientId, ownerId,
                checked, amountCents, at, close == null ? null : close.toString(), actorId, now,
                at.open() ? null : now, actorId, now);
        Opportunity added = mongo.insert(opportunity);
        changed(teamId);
        return added;
    }

    /**
     * Applies a change and answers the opportunity as it now is. Setting won or lost records when (once:
     * setting it won again keeps the first time); moving it back to an open stage clears that.
     */
    public Opportunity change(String teamId, String number, OpportunityChange change, String actorId) {
        Opportunity before = find(teamId, number).orElseThrow(() -> notFound(number));
        Instant now = clock.instant();
        Update update = new Update().set("updatedBy", actorId).set("updatedAt", now);
        if (change.stage() != null) {
            update.set("stage", change.stage());
            if (change.stage().open()) {
                update.unset("closedAt");
            } else if (before.stage() != change.stage() || before.closedAt() == null) {
                update.set("closedAt", now);
            }
        }
        if (change.clearClose()) {
            update.unset("close");
        } else if (change.close() != null) {
            update.set("close", change.close().toString());
        }
        if (change.clearAmount()) {
            update.unset("amountCents");
        } else if (change.amountCents() != null) {
            update.set("amountCents", change.amountCents());
        }
        if (change.title() != null) {
            update.set("title", checkedTitle(change.title()));
        }
        Opportunity after = mongo.findAndModify(Query.query(Criteria.where("_id").is(Opportunity.id(teamId, number))),
                update, FindAndModifyOptions.options().returnNew(true), Opportunity.class);
        changed(teamId);
        if (after == null) {
            throw notFound(number);
        }
        return after;
    }

    public Optional<Opportunity> find(String teamId, String number) {
        return Optional.ofNullable(mongo.findById(Opportunity.id(teamId, number.toUpperCase(java.util.Locale.ROOT)),
                Opportunity.class));
    }

    /**
     * A client's open opportunities, closing soonest first: the card, the QBR brief. From the
     * workspace's open ones, cached until an opportunity changes: the embedded database scans for a
     * query on the client, so a card must not make one.
     */
    public List<Opportunity> openFor(String teamId, String clientId) {
        return openByClient.get(teamId, "", () -> openIn(teamId).stream()
                        .collect(Collectors.groupingBy(Opportunity::clientId, Collectors.toUnmodifiableList())))
                .getOrDefault(clientId, List.of());
    }

    /** The open opportunities owned by any of these people (one person: "mine"). */
    public List<Opportunity> openOwnedBy(String teamId, Collection<String> ownerIds) {
        return open(Criteria.where("teamId").is(teamId).and("ownerId").in(ownerIds));
    }

    /** Every open opportunity of the workspace: one read for a job that visits everyone. */
    public List<Opportunity> openIn(String teamId) {
        return open(Criteria.where("teamId").is(teamId));
    }

    /** Open ones of these clients and those set won or lost since {@code since}: a weekly report's figures. */
    public List<Opportunity> forReport(String teamId, Collection<String> clientIds, Instant since) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("teamId").is(teamId).and("clientId").in(clientIds)
                .orOperator(Criteria.where("stage").in(Stage.LEAD, Stage.PROPOSAL, Stage.NEGOTIATION),
                        Criteria.where("closedAt").gte(since))), Opportunity.class);
    }

    private List<Opportunity> open(Criteria criteria) {
        return mongo.find(Query.query(criteria.and("stage").in(Stage.LEAD, Stage.PROPOSAL, Stage.NEGOTIATION)),
                Opportunity.class).stream().sorted(Pipeline.CLOSING_FIRST).toList();
    }

    private static String checkedTitle(String title) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty()) {
            throw new InvalidInputException("What is the opportunity? Give it a title, like `Website redesign`.");
        }
        if (t.length() > TITLE_MAX) {
            throw new InvalidInputException("Opportunity titles are at most " + TITLE_MAX + " characters; this one has "
                    + t.length() + ".");
        }
        return t;
    }

    private static InvalidInputException notFound(String number) {
        return new InvalidInputException("There is no opportunity " + number + " in this workspace."
                + " See the open ones with `/client opps all`.");
    }
}
