package dev.liaison.client;

import java.time.LocalDate;
import java.util.List;

/**
 * What App Home needs to know about teams: who leads whom, capacity, who is out and which
 * reallocations wait for a lead. The client feature owns the question; the out-of-office feature answers
 * it ({@code ooo.OooDirectory}), so the client feature imports neither people's teams nor absences.
 * {@link #NONE} answers where no directory bean is wired: Home then shows no team sections.
 */
public interface TeamDirectory {

    /** Default capacity of an AM (docs/configuration.md: 10 clients). */
    int DEFAULT_CAPACITY = 10;

    /** Someone out of office: until when, and who covers (empty while nobody does). */
    record Absence(String userId, LocalDate until, List<String> coverers) {

        public Absence {
            coverers = coverers == null ? List.of() : List.copyOf(coverers);
        }

        /** One coverer, or null for nobody. */
        public Absence(String userId, LocalDate until, String coveredBy) {
            this(userId, until, coveredBy == null ? List.of() : List.of(coveredBy));
        }
    }

    /** A reallocation plan waiting for the lead's decision. */
    record PendingReallocation(String absentUserId, LocalDate from, int items) {
    }

    /** The members this person leads; empty when they lead no one. */
    List<String> membersLedBy(String teamId, String leadId);

    int capacityOf(String teamId, String userId);

    /** People on this person's team (same lead, or led by them) who are out on {@code day}. */
    List<Absence> outOnTeamOf(String teamId, String userId, LocalDate day);

    List<PendingReallocation> pendingReallocations(String teamId, String leadId);

    /** No teams known yet. */
    TeamDirectory NONE = new TeamDirectory() {
        @Override
        public List<String> membersLedBy(String teamId, String leadId) {
            return List.of();
        }

        @Override
        public int capacityOf(String teamId, String userId) {
            return DEFAULT_CAPACITY;
        }

        @Override
        public List<Absence> outOnTeamOf(String teamId, String userId, LocalDate day) {
            return List.of();
        }

        @Override
        public List<PendingReallocation> pendingReallocations(String teamId, String leadId) {
            return List.of();
        }
    };
}
