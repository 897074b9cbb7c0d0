package dev.liaison.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** The short Markdown table of a results.json. */
final class Report {

    private Report() {
    }

    static String markdown(JsonObject r) {
        StringBuilder md = new StringBuilder("## Ack latency (ms, open loop, from the intended send time)\n\n"
                + "\"serial\" is one request at a time: the service time with nothing queued.\n\n");
        md.append("Each command's ratio is to the floor measured in the same seconds (interleaved at a quarter of the rate; "
                + "floor p50/p99 shown); the floor's own row is the floor alone at the full rate.\n\n");
        md.append("| history | command | rps | sent | errors | p50 | p99 | p99.9 | max | floor p50 | floor p99 | p50 / floor | p99 / floor | p99.9 / floor |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        if (r.has("latency")) {
            for (JsonElement e : r.getAsJsonArray("latency")) {
                JsonObject x = e.getAsJsonObject();
                md.append("| ").append(s(x, "dataset")).append(" | ").append(s(x, "name")).append(" | ")
                        .append(x.get("rps").getAsInt() == 0 ? "serial" : s(x, "rps")).append(" | ").append(s(x, "sent")).append(" | ").append(s(x, "errors"))
                        .append(" | ").append(s(x, "p50ms")).append(" | ").append(s(x, "p99ms")).append(" | ")
                        .append(s(x, "p999ms")).append(" | ").append(s(x, "maxMs")).append(" | ")
                        .append(s(x.getAsJsonObject("floor"), "p50ms")).append(" | ")
                        .append(s(x.getAsJsonObject("floor"), "p99ms")).append(" | ")
                        .append(s(x, "p50VsFloor")).append(" | ").append(s(x, "p99VsFloor")).append(" | ")
                        .append(s(x, "p999VsFloor")).append(" |\n");
            }
        }
        if (r.has("costGrowth") && r.getAsJsonObject("costGrowth").has("p50Ratio")) {
            JsonObject g = r.getAsJsonObject("costGrowth");
            md.append("\n## Cost growth of /client status at ").append(s(g, "rps")).append(" rps\n\n")
                    .append("| ").append(s(g, "large")).append(" vs ").append(s(g, "small"))
                    .append(" | p50 | p99 | mean |\n|---|---:|---:|---:|\n| ratio | ").append(s(g, "p50Ratio"))
                    .append(" | ").append(s(g, "p99Ratio")).append(" | ").append(s(g, "meanRatio")).append(" |\n");
        }
        if (r.has("digest")) {
            JsonObject d = r.getAsJsonObject("digest");
            md.append("\n## Daily digest\n\n| people | composed | queued | seconds | digests/s | round trips/digest |\n")
                    .append("|---:|---:|---:|---:|---:|---:|\n| ").append(s(d, "people")).append(" | ")
                    .append(s(d, "composed")).append(" | ").append(s(d, "queued")).append(" | ").append(s(d, "seconds"))
                    .append(" | ").append(s(d, "digestsPerSecond")).append(" | ").append(s(d, "roundTripsPerDigest"))
                    .append(" |\n\nRound trips by command: ").append(d.get("roundTripsByCommand")).append('\n');
        }
        if (r.has("digestCurve")) {
            JsonObject c = r.getAsJsonObject("digestCurve");
            md.append("\n## Digest growth (a fresh dataset per size: 5 clients, 25 tasks a person)\n\n")
                    .append("| people | clients | composed | queued | seconds | digests/s | round trips/digest | ")
                    .append("time ratio | size ratio | time ratio / size ratio | load s | load average |\n")
                    .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (JsonElement e : c.getAsJsonArray("sizes")) {
                JsonObject x = e.getAsJsonObject();
                md.append("| ").append(s(x, "people")).append(" | ").append(s(x, "clients")).append(" | ")
                        .append(s(x, "composed")).append(" | ").append(s(x, "queued")).append(" | ")
                        .append(s(x, "seconds")).append(" | ").append(s(x, "digestsPerSecond")).append(" | ")
                        .append(s(x, "roundTripsPerDigest")).append(" | ").append(s(x, "timeRatio")).append(" | ")
                        .append(s(x, "sizeRatio")).append(" | ").append(s(x, "timeRatioPerSizeRatio")).append(" | ")
                        .append(s(x, "loadSeconds")).append(" | ").append(s(x, "loadAverageBefore")).append(" → ")
                        .append(s(x, "loadAverageAfter")).append(" |\n");
            }
            md.append("\nTime ratio is time(n) / time(").append(s(c, "basePeople"))
                    .append(" people); at most the size ratio is linear growth.\n");
        }
        if (r.has("sync")) {
            JsonObject y = r.getAsJsonObject("sync");
            md.append("\n## Calendar and mail sync (Google stand-in, ").append(s(y, "people")).append(" people)\n\n")
                    .append("| sync | calendar s | mail s | touches logged | API calls | calls/person | heap growth MB |\n")
                    .append("|---|---:|---:|---:|---:|---:|---:|\n");
            for (String kind : new String[] {"full", "incremental"}) {
                JsonObject m = y.getAsJsonObject(kind);
                md.append("| ").append(kind).append(" | ").append(s(m, "calendarSeconds")).append(" | ")
                        .append(s(m, "mailSeconds")).append(" | ").append(s(m, "touchesLogged")).append(" | ")
                        .append(s(m, "apiCalls")).append(" | ").append(s(m, "apiCallsPerPerson")).append(" | ")
                        .append(s(m, "heapGrowthMb")).append(" |\n");
            }
            md.append("\nIncremental: ").append(s(y.getAsJsonObject("incremental"), "changes")).append(" changes, ")
                    .append(s(y.getAsJsonObject("incremental"), "callsBeyondOneListingPerPersonAndSource"))
                    .append(" calls beyond one listing per person and source. Calls by kind (full): ")
                    .append(y.getAsJsonObject("full").get("callsByKind")).append(", (incremental): ")
                    .append(y.getAsJsonObject("incremental").get("callsByKind")).append('\n');
        }
        return md.toString();
    }

    private static String s(JsonObject o, String key) {
        JsonElement e = o == null ? null : o.get(key);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }
}
