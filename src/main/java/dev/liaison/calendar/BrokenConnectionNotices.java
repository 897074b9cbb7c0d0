package dev.liaison.calendar;

import java.util.List;
import java.util.Locale;

import dev.liaison.client.HomeNotices;
import dev.liaison.connect.ConnectionState;
import dev.liaison.connect.SyncHealth;
import dev.liaison.people.PeopleService;
import dev.liaison.slack.Mrkdwn;
import org.springframework.stereotype.Component;

/** A head of accounts sees, first on their App Home, each of the workspace's calendar connections that is broken. */
@Component
class BrokenConnectionNotices implements HomeNotices {

    private final SyncHealth health;
    private final PeopleService people;

    BrokenConnectionNotices(SyncHealth health, PeopleService people) {
        this.health = health;
        this.people = people;
    }

    @Override
    public List<Mrkdwn> noticesFor(String teamId, String userId) {
        if (!people.isAdmin(teamId, userId)) {
            return List.of();
        }
        return health.broken(teamId).stream().map((ConnectionState state) -> Mrkdwn.of(
                ":warning: *%s calendars and mail can't be read* since %s: %s. Fix the credentials, or give new ones with `%s`.",
                state.provider().label(), state.brokenSince() == null ? "recently" : state.brokenSince().toString().substring(0, 10),
                state.problem() == null ? "the credentials were refused" : state.problem(),
                "/liaison config calendar " + state.provider().name().toLowerCase(Locale.ROOT))).toList();
    }
}
