package dev.liaison.touch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import dev.liaison.client.Client;
import dev.liaison.client.ClientService;
import dev.liaison.client.Interaction;
import dev.liaison.client.TouchType;
import dev.liaison.connect.MailMessage;
import dev.liaison.connect.Provider;
import dev.liaison.support.LiaisonE2eTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail metadata as touches: inbound or outbound, one per client per person per day of their time zone. */
class MailTouchesTest extends LiaisonE2eTest {

    static final Instant NOW = Instant.parse("2026-11-23T16:00:00Z");

    @Autowired
    MailTouches mail;

    @Autowired
    ClientService clients;

    String team;
    AgencyRoster agency;
    AgencyRoster.Member ana;
    AgencyRoster.Member ben;

    @BeforeEach
    void agency() {
        clock.set(NOW);
        team = newTeam();
        SLACK.member(team, "UANA", "Ana Lima", "America/New_York").member(team, "UBEN", "Ben Okafor", "Europe/London");
        ana = new AgencyRoster.Member("UANA", "ana@agency.example", "Ana Lima", ZoneId.of("America/New_York"));
        ben = new AgencyRoster.Member("UBEN", "ben@agency.example", "Ben Okafor", ZoneId.of("Europe/London"));
        agency = AgencyRoster.of(List.of(ana, ben));
        command(team, "UANA", "add Acme domains acme.com");
        command(team, "UANA", "add Globex domains globex.com");
    }

    private static MailMessage message(String id, Provider provider, Instant at, String from, String... to) {
        return new MailMessage(provider, id, from, List.of(to), List.of(), at, "Re: the launch plan");
    }

    private Client client(String domain) {
        return clients.withDomainOf(team, domain).get(0);
    }

    private List<Interaction> touchesOf(Client client) {
        return clients.touchesBetween(team, List.of(client.id()), NOW.minus(Duration.ofDays(30)), NOW.plusSeconds(86_400));
    }

    @Test
    void aThreadIsOneTouchADayInboundOrOutboundAndAResyncAddsNothing() {
        List<MailMessage> thread = List.of(
                message("m1", Provider.GOOGLE, NOW.minus(Duration.ofHours(5)), "jo@acme.com", "ana@agency.example"),
                message("m2", Provider.GOOGLE, NOW.minus(Duration.ofHours(4)), "ana@agency.example", "jo@acme.com"),
                message("m3", Provider.GOOGLE, NOW.minus(Duration.ofHours(3)), "jo@mail.acme.com", "ana@agency.example"));

        assertThat(mail.mailRead(team, agency, ana, thread, false)).isEqualTo(1);
        assertThat(mail.mailRead(team, agency, ana, thread, false)).as("a full resync").isZero();

        assertThat(touchesOf(client("acme.com"))).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo(TouchType.EMAIL);
            assertThat(t.loggedBy()).isEqualTo("UANA");
            assertThat(t.source()).isEqualTo("gmail");
            assertThat(t.summary()).as("the first message of the day, from the client; no subject by default")
                    .isEqualTo("E-mail from Acme");
            assertThat(t.minutes()).isZero();
        });
        assertThat(client("acme.com").recentTouches().get(0).described()).isEqualTo("email from Gmail");
    }

    @Test
    void theDayIsThePersonsOwnAndEachPersonAndClientHasTheirs() {
        // 03:00 UTC on the 24th is still the 23rd in New York: the same day as the 16:00 UTC message
        MailMessage evening = message("m4", Provider.MICROSOFT, NOW.plus(Duration.ofHours(11)), "ana@agency.example",
                "jo@acme.com");
        MailMessage afternoon = message("m5", Provider.MICROSOFT, NOW, "ana@agency.example", "jo@acme.com",
                "hank@globex.com");
        MailMessage nextDay = message("m6", Provider.MICROSOFT, NOW.plus(Duration.ofHours(20)), "ana@agency.example",
                "jo@acme.com");
        assertThat(mail.mailRead(team, agency, ana, List.of(afternoon, evening), true))
                .as("Acme and Globex on Ana's 23rd").isEqualTo(2);
        assertThat(mail.mailRead(team, agency, ana, List.of(nextDay), true)).as("Acme on her 24th").isEqualTo(1);
        assertThat(mail.mailRead(team, agency, ben, List.of(message("m7", Provider.MICROSOFT, NOW, "jo@acme.com",
                "ben@agency.example")), true)).as("Ben's own touch").isEqualTo(1);

        assertThat(touchesOf(client("acme.com"))).extracting(Interaction::summary)
                .containsExactlyInAnyOrder("E-mail to Acme: Re: the launch plan", "E-mail to Acme: Re: the launch plan",
                        "E-mail from Acme: Re: the launch plan");
        assertThat(touchesOf(client("acme.com"))).extracting(Interaction::source).containsOnly("outlook-mail");
    }

    @Test
    void mailBetweenColleaguesOrWithStrangersIsNoTouch() {
        List<MailMessage> messages = List.of(
                message("m8", Provider.GOOGLE, NOW, "ben@agency.example", "ana@agency.example", "jo@acme.com"),
                message("m9", Provider.GOOGLE, NOW, "news@vendor.example", "ana@agency.example"),
                message("m10", Provider.GOOGLE, NOW, "ana@agency.example", "ben@agency.example"));
        assertThat(mail.mailRead(team, agency, ana, messages, false)).isZero();
        assertThat(touchesOf(client("acme.com"))).isEmpty();
    }
}
