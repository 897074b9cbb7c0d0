package dev.liaison.client.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import dev.liaison.client.ClientImport;
import dev.liaison.slack.BlockKit;
import dev.liaison.slack.Mrkdwn;
import dev.liaison.slack.SlackText;

import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

/** Pure renderer of a CSV import's report: counts, then every row's fate with its reason, within 50 blocks. */
final class ImportBlocks {

    private ImportBlocks() {
    }

    static Mrkdwn summary(String fileName, ClientImport.Report report) {
        if (report.problem() != null) {
            return Mrkdwn.of("Nothing imported from %s: %s", SlackText.truncate(fileName, 100), report.problem());
        }
        return Mrkdwn.of("Imported %s: ", SlackText.truncate(fileName, 100)).append(Mrkdwn.of(report.count(ClientImport.Outcome.CREATED)
                + " created, " + report.count(ClientImport.Outcome.UPDATED) + " updated, "
                + report.count(ClientImport.Outcome.UNCHANGED) + " unchanged, "
                + report.count(ClientImport.Outcome.REJECTED) + " rejected."));
    }

    static List<LayoutBlock> report(String fileName, ClientImport.Report report) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(SlackText.truncate("Import of " + SlackText.escape(fileName),
                BlockKit.HEADER_TEXT)))));
        if (report.problem() != null) {
            blocks.add(BlockKit.text(Mrkdwn.of(":warning: %s", report.problem())));
            return blocks;
        }
        blocks.add(BlockKit.text(summary(fileName, report)));
        List<Mrkdwn> lines = new ArrayList<>();
        // rejected rows first: they are what needs doing
        for (ClientImport.Outcome outcome : List.of(ClientImport.Outcome.REJECTED, ClientImport.Outcome.CREATED,
                ClientImport.Outcome.UPDATED, ClientImport.Outcome.UNCHANGED)) {
            report.rows().stream().filter(r -> r.outcome() == outcome).forEach(r -> lines.add(line(r)));
        }
        if (!lines.isEmpty()) {
            blocks.addAll(BlockKit.lines(lines, BlockKit.MESSAGE_BLOCKS - blocks.size(), "rows"));
        }
        return blocks;
    }

    private static Mrkdwn line(ClientImport.RowResult r) {
        String name = r.name() == null || r.name().isBlank() ? "(no name)" : SlackText.user(SlackText.oneLine(r.name()), 80);
        String what = switch (r.outcome()) {
            case CREATED -> ":new: created";
            case UPDATED -> ":pencil2: updated";
            case UNCHANGED -> ":white_circle: unchanged";
            case REJECTED -> ":x: rejected";
        };
        String detail = r.detail() == null ? "" : " — " + SlackText.user(SlackText.oneLine(r.detail()), 300);
        return Mrkdwn.escapedAlready("• line " + r.line() + " *" + name + "*: " + what + detail);
    }
}
