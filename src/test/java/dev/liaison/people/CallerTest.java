package dev.liaison.people;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import dev.liaison.slack.SlackUser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The caller, built once at the edge: their zone, their "today" and their roles, from their record. */
class CallerTest {

    static final Instant LATE_EVENING_UTC = Instant.parse("2026-11-23T22:30:00Z");

    static Person person(String userId, String tz, boolean guest, boolean stranger) {
        Person p = new Person("T1", userId, LATE_EVENING_UTC);
        p.refresh(new SlackUser(userId, "T1", null, userId, userId, tz, false, guest, stranger, false, false), false,
                null, LATE_EVENING_UTC);
        return p;
    }

    @Test
    void todayIsTheCallersOwnDay() {
        Caller tokyo = Caller.of("T1", "U1", Optional.of(person("U1", "Asia/Tokyo", false, false)), LATE_EVENING_UTC);
        Caller lisbon = Caller.of("T1", "U2", Optional.of(person("U2", "Europe/Lisbon", false, false)), LATE_EVENING_UTC);
        assertThat(tokyo.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(tokyo.today()).isEqualTo(LocalDate.of(2026, 11, 24));
        assertThat(lisbon.today()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(tokyo.now()).isEqualTo(LATE_EVENING_UTC);
        assertThat(tokyo.roles()).isEmpty();
    }

    @Test
    void someoneNeverSeenIsReadInUtcWithNoRoles() {
        Caller unknown = Caller.of("T1", "U9", Optional.empty(), LATE_EVENING_UTC);
        assertThat(unknown.zone()).isEqualTo(ZoneOffset.UTC);
        assertThat(unknown.today()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(unknown.roles()).isEmpty();
    }

    @Test
    void rolesComeFromTheRecord() {
        Person head = person("U1", "UTC", false, false);
        head.setAdmin(true);
        Caller caller = Caller.of("T1", "U1", Optional.of(head), LATE_EVENING_UTC);
        assertThat(caller.is(Caller.Role.HEAD)).isTrue();
        assertThat(caller.is(Caller.Role.GUEST)).isFalse();
        assertThat(Caller.of("T1", "U3", Optional.of(person("U3", "UTC", true, false)), LATE_EVENING_UTC).roles())
                .containsExactly(Caller.Role.GUEST);
        assertThat(Caller.of("T1", "U4", Optional.of(person("U4", "UTC", false, true)), LATE_EVENING_UTC).roles())
                .containsExactly(Caller.Role.GUEST);
    }
}
