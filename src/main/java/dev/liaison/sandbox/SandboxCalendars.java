package dev.liaison.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import dev.liaison.connect.Connections;
import dev.liaison.connect.ProviderCredentials;
import dev.liaison.sandbox.google.GoogleStandIn;
import dev.liaison.sandbox.google.StandInEvent;
import dev.liaison.sandbox.google.StandInMessage;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * The demo agency's Google Workspace: the Google stand-in on loopback, the demo people's calendars with a
 * few out-of-office events (dated from now), and the demo workspace connected to it as a head would connect
 * it, so "Run now" on {@code calendar-sync} shows absences arriving from calendars. What the demo's
 * calendars and mailboxes hold is made here, in {@link #seed}, and nowhere else.
 */
@Component
@Conditional(SandboxMode.class)
class SandboxCalendars {

    private static final Logger log = LoggerFactory.getLogger(SandboxCalendars.class);
    static final String SERVICE_ACCOUNT = "liaison-demo@demo-agency.iam.gserviceaccount.com";
    /** Acme Corp's e-mail domain in the demo (its {@code domains} field). */
    static final String ACME_DOMAIN = "acme.example";

    private final Connections connections;
    private final Clock clock;
    private GoogleStandIn google;

    SandboxCalendars(Connections connections, Clock clock) {
        this.connections = connections;
        this.clock = clock;
    }

    static String email(DemoAgency.DemoPerson person) {
        return person.handle() + "@" + DemoAgency.DOMAIN + ".invalid";
    }

    /** A fresh stand-in with the demo's calendars, and the demo workspace pointed at it. */
    synchronized void seed() {
        stop();
        google = GoogleStandIn.start(clock);
        for (DemoAgency.DemoPerson person : DemoAgency.PEOPLE) {
            google.addUser(email(person), ZoneId.of(person.tz()));
        }
        Instant now = clock.instant();
        // Ben is out from tomorrow for three days: his lead is asked about cover on the first run
        DemoAgency.DemoPerson ben = person("UDEMOAM002");
        Instant tomorrow = now.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(1));
        google.putEvent(email(ben), StandInEvent.outOfOffice("demo-ooo-ben", email(ben), tomorrow, tomorrow.plus(Duration.ofDays(3))));
        // Emma's annual leave in ten days, and Grace's PTO in three weeks: all-day, known by their titles
        DemoAgency.DemoPerson emma = person("UDEMOAM005");
        LocalDate emmaFrom = LocalDate.ofInstant(now, ZoneId.of(emma.tz())).plusDays(10);
        google.putEvent(email(emma), StandInEvent.allDay("demo-leave-emma", "Annual leave", emmaFrom, emmaFrom.plusDays(5),
                email(emma)));
        DemoAgency.DemoPerson grace = person("UDEMOAM007");
        LocalDate graceFrom = LocalDate.ofInstant(now, ZoneId.of(grace.tz())).plusDays(21);
        google.putEvent(email(grace), StandInEvent.allDay("demo-pto-grace", "PTO", graceFrom, graceFrom.plusDays(2),
                email(grace)));
        // client meetings, not absences: yesterday's with Acme is a meeting touch on the first run (a sync looks
        // back 7 days), tomorrow's once it has ended
        DemoAgency.DemoPerson ana = person("UDEMOAM001");
        String jo = "jo@" + ACME_DOMAIN;
        google.putEvent(email(ana), StandInEvent.meeting("demo-meeting-ana", "Acme weekly", tomorrow, tomorrow.plus(Duration.ofHours(1)),
                email(ana), jo));
        Instant yesterday = tomorrow.minus(Duration.ofDays(2));
        google.putEvent(email(ana), StandInEvent.meeting("demo-review-ana", "Acme campaign review", yesterday,
                yesterday.plus(Duration.ofMinutes(45)), email(ana), jo));
        // an e-mail thread with Acme this morning: one e-mail touch for the day, however many messages
        Instant morning = now.minus(Duration.ofHours(3));
        google.addMessage(email(ana), StandInMessage.received(jo, email(ana), "Launch assets", morning));
        google.addMessage(email(ana), StandInMessage.sent(email(ana), jo, "Re: Launch assets", morning.plus(Duration.ofMinutes(20))));
        google.addMessage(email(ana), StandInMessage.received(jo, email(ana), "Re: Re: Launch assets", morning.plus(Duration.ofMinutes(50))));
        connections.save(DemoAgency.TEAM, new ProviderCredentials.Google(google.newServiceAccount(SERVICE_ACCOUNT),
                google.apiUrl()), DemoAgency.HEAD);
        log.info("Sandbox: the Google stand-in serves the demo calendars at {}", google.apiUrl());
    }

    private static DemoAgency.DemoPerson person(String id) {
        return DemoAgency.PEOPLE.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @PreDestroy
    synchronized void stop() {
        if (google != null) {
            google.close();
            google = null;
        }
    }
}
