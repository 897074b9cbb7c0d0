package dev.liaison.digest.report;

import java.util.List;

/**
 * What a head of accounts reads on Monday morning: the whole agency's portfolio ({@code whole}, for
 * the totals, the chart and the CSV), then each lead's team as that lead sees it, then the people
 * with no lead and their clients ({@code unled}, null when everyone has a lead).
 */
public record AgencyReport(String headId, WeeklyReport whole, List<WeeklyReport> teams, WeeklyReport unled) {

    public String summary() {
        return "Agency-wide, " + teams.size() + " team" + (teams.size() == 1 ? "" : "s") + ". " + whole.summary();
    }
}
