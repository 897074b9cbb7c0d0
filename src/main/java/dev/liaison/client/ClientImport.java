package dev.liaison.client;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.liaison.parsing.InvalidInputException;
import dev.liaison.people.Caller;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;

/**
 * Imports a CSV of clients: the columns name, owner_email or owner_id, and each field's own column
 * ({@link ClientField#csvColumn}: tier, cadence_days, renewal, retainer, budget_hours, domains, qbr_weeks,
 * aliases). Each row creates a client, updates the one with that
 * name (only what differs), or is rejected with its reason; importing the same file again changes
 * nothing. A file that cannot be read, or has too many rows, imports nothing and says why.
 */
@Service
public class ClientImport {

    public static final int MAX_ROWS = 2000;
    public static final long MAX_BYTES = 1_000_000;
    /** The import's own columns, then the fields' columns. */
    static final List<String> COLUMNS = Stream.concat(Stream.of("name", "owner_email", "owner_id"),
            ClientFields.csvColumns().stream()).toList();
    /** As the answers name the columns: "name, owner_email or owner_id, tier, …". */
    public static final String COLUMNS_TEXT = "name, owner_email or owner_id, "
            + String.join(", ", ClientFields.csvColumns());

    public enum Outcome { CREATED, UPDATED, UNCHANGED, REJECTED }

    /** One data row's fate; {@code line} is the row's line number in the file (the header is line 1). */
    public record RowResult(long line, String name, Outcome outcome, String detail) {
    }

    /** The whole answer; {@code problem} is set when the file as a whole was refused and nothing was imported. */
    public record Report(String problem, List<RowResult> rows) {
        public long count(Outcome outcome) {
            return rows.stream().filter(r -> r.outcome() == outcome).count();
        }
    }

    private final ClientService clients;

    ClientImport(ClientService clients) {
        this.clients = clients;
    }

    /**
     * @param ownerByEmail finds a workspace member's user id by e-mail (users.lookupByEmail)
     */
    public Report run(Caller actor, byte[] file, Function<String, Optional<String>> ownerByEmail) {
        String teamId = actor.teamId();
        String actorId = actor.userId();
        if (file.length > MAX_BYTES) {
            return refused("The file is " + file.length / 1000 + " KB; I import files up to " + MAX_BYTES / 1000
                    + " KB. Split it and upload the parts.");
        }
        List<CSVRecord> records;
        List<String> headers;
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(new StringReader(text))) {
            headers = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT).strip()).toList();
            records = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record);
                if (records.size() > MAX_ROWS) {
                    return refused("The file has more than " + MAX_ROWS + " rows; I import at most " + MAX_ROWS
                            + " at a time, so nothing was imported. Split it and upload the parts.");
                }
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException malformed) {
            // what the file holds is not quoted back: only that it is not a CSV we can read
            return refused("I couldn't read that file as CSV (quotes or columns out of place), so nothing was imported. The first line should name the columns: "
                    + COLUMNS_TEXT + ".");
        }
        if (!headers.contains("name")) {
            return refused("The first line must name the columns, with at least `name` (it has " + headers.size()
                    + " column(s), none of them `name`). Nothing was imported.");
        }
        List<String> unknown = headers.stream().filter(h -> !h.isEmpty() && !COLUMNS.contains(h)).toList();
        if (!unknown.isEmpty()) {
            // a column's name is shown only when it looks like one: the file's content is never echoed
            String named = unknown.stream().allMatch(h -> h.matches("[\\p{L}0-9 _-]{1,30}"))
                    ? oneLine(String.join(", ", unknown)) : unknown.size() + " that are not column names";
            return refused("I don't know the column(s) " + named
                    + ". Columns: " + String.join(", ", COLUMNS) + ". Nothing was imported.");
        }
        ClientCommandParser parser = clients.parserFor(actor);
        Map<String, Optional<String>> emails = new HashMap<>();
        Map<String, Long> seen = new HashMap<>();
        List<RowResult> results = new ArrayList<>();
        for (CSVRecord record : records) {
            long line = record.getRecordNumber() + 1;
            String name = get(record, headers, "name");
            try {
                if (!record.isConsistent()) {
                    throw new InvalidInputException("it has " + record.size() + " values for " + headers.size() + " columns");
                }
                name = parser.clientName(name);
                Long earlier = seen.putIfAbsent(NameKey.of(name), line);
                if (earlier != null) {
                    throw new InvalidInputException("the same client as line " + earlier);
                }
                results.add(importRow(teamId, actorId, parser, record, headers, name, line, emails, ownerByEmail));
            } catch (InvalidInputException invalid) {
                results.add(new RowResult(line, name, Outcome.REJECTED, invalid.getMessage()));
            }
        }
        return new Report(null, results);
    }

    private RowResult importRow(String teamId, String actorId, ClientCommandParser parser, CSVRecord record,
                                List<String> headers, String name, long line, Map<String, Optional<String>> emails,
                                Function<String, Optional<String>> ownerByEmail) {
        String owner = owner(teamId, record, headers, emails, ownerByEmail);
        List<ClientField.Value<?>> values = new ArrayList<>();
        for (ClientField<?> field : ClientFields.ALL) {
            String cell = field.csvColumn().map(column -> get(record, headers, column)).orElse("");
            if (!cell.isEmpty()) {
                values.addAll(field.fromCsv(cell, parser));
            }
        }
        // aliases are claimed in the name index one by one, after the client exists
        List<ClientField.Value<?>> aliases = values.stream().filter(v -> v.field() == ClientFields.ALIAS).toList();

        Optional<String> existing = parser.match(name) instanceof NameMatch.Found found
                && (found.how() == NameMatch.Found.How.EXACT || found.how() == NameMatch.Found.How.ALIAS)
                ? Optional.of(found.clientId()) : Optional.empty();
        if (existing.isEmpty()) {
            List<ClientField.Value<?>> fields = new ArrayList<>();
            fields.add(ClientFields.OWNER.of(owner != null ? owner : actorId));
            values.stream().filter(v -> v.field() != ClientFields.ALIAS).forEach(fields::add);
            Client created = clients.add(teamId, actorId, name, fields);
            for (ClientField.Value<?> alias : aliases) {
                clients.set(teamId, actorId, created.id(), alias);
            }
            return new RowResult(line, created.name(), Outcome.CREATED, null);
        }
        Client before = clients.get(teamId, existing.get());
        if (owner != null) {
            values.add(ClientFields.OWNER.of(owner));
        }
        List<ClientField.Value<?>> changes = new ArrayList<>(ClientFields.changes(before, values));
        // checked before anything is saved, and the owner changes last, so a row is all or nothing
        clients.checkMayChange(teamId, actorId, before, changes);
        changes.sort(Comparator.comparing(c -> c.field() == ClientFields.OWNER));
        for (ClientField.Value<?> change : changes) {
            clients.set(teamId, actorId, before.id(), change);
        }
        return changes.isEmpty() ? new RowResult(line, before.name(), Outcome.UNCHANGED, null)
                : new RowResult(line, before.name(), Outcome.UPDATED, "changed " + String.join(", ",
                changes.stream().map(c -> c.field().keyword()).distinct().toList()));
    }

    private String owner(String teamId, CSVRecord record, List<String> headers, Map<String, Optional<String>> emails,
                         Function<String, Optional<String>> ownerByEmail) {
        String id = get(record, headers, "owner_id");
        String email = get(record, headers, "owner_email");
        String owner = null;
        if (!id.isEmpty()) {
            if (!id.matches("[UW][A-Z0-9]{2,20}")) {
                throw new InvalidInputException("owner_id `" + oneLine(id) + "` is not a Slack user id (like U012ABCDEF)");
            }
            owner = id;
        } else if (!email.isEmpty()) {
            String key = email.toLowerCase(Locale.ROOT);
            owner = emails.computeIfAbsent(key, ownerByEmail).orElseThrow(() -> new InvalidInputException(
                    "nobody in this workspace has the e-mail " + oneLine(email)));
        }
        if (owner != null) {
            clients.checkPeople(teamId, ClientFields.OWNER.of(owner));
        }
        return owner;
    }

    private static String get(CSVRecord record, List<String> headers, String column) {
        int index = headers.indexOf(column);
        if (index < 0 || index >= record.size()) {
            return "";
        }
        return Objects.requireNonNullElse(record.get(index), "").strip();
    }

    private static Report refused(String problem) {
        return new Report(problem, List.of());
    }

    private static String oneLine(String text) {
        String line = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return line.length() > 120 ? line.substring(0, 119) + "…" : line;
    }
}
