package dev.liaison.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.liaison.connect.Provider;
import dev.liaison.ooo.Absence;
import dev.liaison.ooo.AbsenceService;
import dev.liaison.ooo.OooService;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Keeps absences in step with what calendars say, through {@link AbsenceLink}s: a new out-of-office event
 * becomes an absence on the /ooo path (merged, planned, prompted), the same event read again changes nothing,
 * a moved one moves its absence, and a cancelled one withdraws it and tells the lead. An absence that other
 * things went into too (an /ooo, the other provider's event) is not withdrawn or moved by one event alone.
 */
@Service
class CalendarAbsences {

    /** The link id of a Microsoft automatic reply (one per person). */
    static final String AUTOMATIC_REPLY = "automatic-reply";

    private final MongoTemplate mongo;
    private final OooService ooo;
    private final AbsenceService absences;

    CalendarAbsences(MongoTemplate mongo, OooService ooo, AbsenceService absences) {
        this.mongo = mongo;
        this.ooo = ooo;
        this.absences = absences;
    }

    /**
     * An event (or the automatic reply) now says these days, or none: the absence follows.
     *
     * @return 1 when an absence was made, moved or withdrawn, else 0
     */
    int follow(String teamId, String userId, Provider provider, String eventId, Optional<AbsenceDays.Days> days,
               LocalDate today) {
        String id = AbsenceLink.id(teamId, userId, provider, eventId);
        AbsenceLink link = mongo.findById(id, AbsenceLink.class);
        if (days.isEmpty()) {
            if (link == null) {
                return 0;
            }
            mongo.remove(Query.query(Criteria.where("_id").is(id)), AbsenceLink.class);
            // one that is over is history: nothing to withdraw
            return link.toDate().isBefore(today) ? 0 : release(link, today);
        }
        AbsenceDays.Days said = days.get();
        if (said.to().isBefore(today)) {
            return 0;
        }
        if (link != null && link.fromDate().equals(said.from()) && link.toDate().equals(said.to())) {
            return 0;
        }
        String source = source(provider);
        Absence now;
        Absence current = link == null ? null : absences.get(link.absenceId());
        if (current != null && !current.cancelled() && onlyFrom(current, link)) {
            now = ooo.move(current.id(), said.from(), said.to());
        } else {
            now = ooo.fromCalendar(teamId, userId, said.from(), said.to(), source);
        }
        mongo.save(new AbsenceLink(id, teamId, userId, provider, eventId, now.id(), said.from().toString(),
                said.to().toString()));
        return 1;
    }

    /** The ids of the person's events (of this provider) that an absence was made from. */
    Set<String> linkedEvents(String teamId, String userId, Provider provider) {
        return mongo.find(Query.query(Criteria.where("teamId").is(teamId).and("userId").is(userId)
                        .and("provider").is(provider)), AbsenceLink.class).stream().map(AbsenceLink::eventId).collect(Collectors.toSet());
    }

    /** After a full listing: events Liaison made absences from that are no longer there are gone. */
    int forgetMissing(String teamId, String userId, Provider provider, Set<String> listed, LocalDate today) {
        int changed = 0;
        for (AbsenceLink link : mongo.find(Query.query(Criteria.where("teamId").is(teamId).and("userId").is(userId)
                .and("provider").is(provider)), AbsenceLink.class)) {
            if (!link.eventId().equals(AUTOMATIC_REPLY) && !listed.contains(link.eventId())) {
                changed += follow(teamId, userId, provider, link.eventId(), Optional.empty(), today);
            }
        }
        return changed;
    }

    /** The first day the automatic reply was seen on, for one that is always on. */
    Optional<LocalDate> automaticReplySince(String teamId, String userId) {
        return Optional.ofNullable(mongo.findById(AbsenceLink.id(teamId, userId, Provider.MICROSOFT, AUTOMATIC_REPLY),
                AbsenceLink.class)).map(AbsenceLink::fromDate);
    }

    /** The event is gone (already unlinked): its absence is withdrawn when nothing else went into it. */
    private int release(AbsenceLink link, LocalDate today) {
        Absence current = absences.get(link.absenceId());
        if (current == null || current.cancelled() || current.toDate().isBefore(today) || !onlyFrom(current, link)) {
            return 0;
        }
        ooo.withdraw(current.id());
        return 1;
    }

    /**
     * Whether the absence is this event's alone: made from this calendar, over the event's days exactly, and
     * no other event links to it.
     */
    private boolean onlyFrom(Absence absence, AbsenceLink link) {
        if (!absence.source().equals(source(link.provider())) || !absence.from().equals(link.from())
                || !absence.to().equals(link.to())) {
            return false;
        }
        return mongo.find(Query.query(Criteria.where("absenceId").is(absence.id())), AbsenceLink.class).stream()
                .allMatch(other -> other.id().equals(link.id()));
    }

    static String source(Provider provider) {
        return provider.name().toLowerCase(Locale.ROOT);
    }
}
