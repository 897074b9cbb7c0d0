package dev.liaison.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who covers whom while someone is out, as the client features need it (status cards, digests,
 * nudges). Implemented by the out-of-office feature; without it nobody is ever out.
 */
public interface CoverageLookup {

    record Cover(String coverId, String absentId, LocalDate until) {
    }

    Optional<Cover> coverOf(String teamId, String clientId, LocalDate day);

    List<String> clientsCoveredBy(String teamId, String userId, LocalDate day);

    boolean isOut(String teamId, String userId, LocalDate day);

    /** Absences and covers of one workspace, as a job that visits everyone reads them: once per run. */
    interface TeamCoverage {
        boolean isOut(String userId, LocalDate day);

        List<String> clientsCoveredBy(String userId, LocalDate day);
    }

    /** A snapshot of the workspace's absences and covers; by default, asks for each person as it goes. */
    default TeamCoverage ofTeam(String teamId) {
        CoverageLookup lookup = this;
        return new TeamCoverage() {
            @Override
            public boolean isOut(String userId, LocalDate day) {
                return lookup.isOut(teamId, userId, day);
            }

            @Override
            public List<String> clientsCoveredBy(String userId, LocalDate day) {
                return lookup.clientsCoveredBy(teamId, userId, day);
            }
        };
    }

    CoverageLookup NONE = new CoverageLookup() {
        @Override
        public Optional<Cover> coverOf(String teamId, String clientId, LocalDate day) {
            return Optional.empty();
        }

        @Override
        public List<String> clientsCoveredBy(String teamId, String userId, LocalDate day) {
            return List.of();
        }

        @Override
        public boolean isOut(String teamId, String userId, LocalDate day) {
            return false;
        }
    };
}
