package dev.liaison.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Every CSV Liaison hands out is written here, so every cell is neutralised the same way: a cell a
 * spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return, OWASP's
 * list) gets a leading apostrophe and stays text. Client names, Slack display names and drivers all
 * come from people, and a file opened in a spreadsheet must not run what they typed.
 */
public final class CsvExport {

    private final StringWriter out = new StringWriter();
    private final CSVPrinter printer;

    public CsvExport(String... headers) {
        try {
            printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(headers).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row; every value is written as its text, neutralised. */
    public CsvExport row(Object... cells) {
        List<String> safe = new ArrayList<>(cells.length);
        for (Object cell : cells) {
            safe.add(neutral(cell == null ? "" : cell.toString()));
        }
        try {
            printer.printRecord(safe);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public byte[] bytes() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A cell kept as text: a leading apostrophe when it starts like a formula. */
    public static String neutral(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }
}
