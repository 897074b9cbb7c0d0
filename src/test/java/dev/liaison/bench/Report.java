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
        if (r.has("process")) {
            process(md, r.getAsJsonObject("process"));
        }
        return md.toString();
    }

    /** ProcessBench: Liaison as it ships, in its own process, and the bare Bolt-JS app. */
    private static void process(StringBuilder md, JsonObject p) {
        md.append("\n## Start, first requests and memory (Liaison in its own process: ").append(s(p, "launch")).append(")\n\n")
                .append("JVM options (after): `").append(s(p, "jvmOptions")).append("`\n\n")
                .append("| process | start → ready s | CPU s to ready | RSS at ready MB | first requests | rps | sent | errors | p50 | p99 | max |\n")
                .append("|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (String run : new String[] {"before", "after"}) {
            if (p.has(run)) {
                JsonObject x = p.getAsJsonObject(run);
                JsonObject first = x.getAsJsonObject("first");
                md.append("| Liaison, ").append(run).append(" | ").append(s(x, "startToReadySeconds")).append(" | ")
                        .append(s(x, "cpuSecondsToReady")).append(" | ").append(s(x.getAsJsonObject("rssAtReadyMb"), "rss"))
                        .append(" | ").append(s(first, "name")).append(firstRow(first));
            }
        }
        if (p.has("boltJs")) {
            JsonObject js = p.getAsJsonObject("boltJs");
            md.append("| bare Bolt-JS | ").append(s(js, "startToListeningSeconds")).append(" |  | ")
                    .append(s(js.getAsJsonObject("rssAfterFirstMb"), "rss")).append(" | floor")
                    .append(firstRow(js.getAsJsonObject("first")));
        }
        if (p.has("training")) {
            JsonObject t = p.getAsJsonObject("training");
            md.append("\nTraining run (makes the class cache): ").append(s(t, "seconds")).append(" s, cache ")
                    .append(s(t, "archiveMb")).append(" MB.\n");
        }
        JsonObject after = p.getAsJsonObject("after");
        if (after == null) {
            return;
        }
        md.append("\n### Warm, against both floors in the same seconds (ms)\n\n")
                .append("| command | rps | p50 | p99 | Bolt-Java floor p50 / p99 | Bolt-JS floor p50 / p99 | p50 / Java floor | p99 / Java floor | p50 / JS floor | p99 / JS floor | errors |\n")
                .append("|---|---:|---:|---:|---|---|---:|---:|---:|---:|---:|\n");
        for (JsonElement e : after.getAsJsonArray("warm")) {
            JsonObject w = e.getAsJsonObject();
            JsonObject js = w.getAsJsonObject("boltJsFloor");
            md.append("| ").append(s(w, "name")).append(" | ").append(s(w, "rps")).append(" | ").append(s(w, "p50ms"))
                    .append(" | ").append(s(w, "p99ms")).append(" | ").append(s(w.getAsJsonObject("floor"), "p50ms"))
                    .append(" / ").append(s(w.getAsJsonObject("floor"), "p99ms")).append(" | ")
                    .append(js == null ? "" : s(js, "p50ms") + " / " + s(js, "p99ms")).append(" | ")
                    .append(s(w, "p50VsFloor")).append(" | ").append(s(w, "p99VsFloor")).append(" | ")
                    .append(s(w, "p50VsBoltJs")).append(" | ").append(s(w, "p99VsBoltJs")).append(" | ")
                    .append(s(w, "errors")).append(" |\n");
        }
        JsonObject cpu = after.getAsJsonObject("cpuPerRequest");
        md.append("\nCPU per request (µs of the server process, ").append(s(cpu, "requests"))
                .append(" requests one at a time): status ").append(s(cpu, "statusMicros")).append(", list mine ")
                .append(s(cpu, "listMineMicros")).append(", Bolt-Java floor ").append(s(cpu, "floorMicros"))
                .append(", Bolt-JS floor ").append(s(cpu, "boltJsFloorMicros")).append("; status / Java floor ")
                .append(s(cpu, "statusVsFloor")).append(", status / JS floor ").append(s(cpu, "statusVsBoltJs")).append(".\n");
        JsonObject soak = after.getAsJsonObject("soak");
        md.append("\n### Memory after the soak\n\n")
                .append("| minutes since ready | rps | sent | errors | worst minute p99 | digests queued meanwhile | RSS MB | RSS high-water MB | heap used MB | non-heap used MB | threads | OutOfMemoryError |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n| ")
                .append(s(soak, "minutesSinceReady")).append(" | ").append(s(soak, "rps")).append(" | ").append(s(soak, "sent"))
                .append(" | ").append(s(soak, "errors")).append(" | ").append(s(soak, "worstMinuteP99ms")).append(" | ")
                .append(s(soak, "digestsQueued")).append(" | ").append(s(soak.getAsJsonObject("rssMb"), "rss")).append(" | ")
                .append(s(soak.getAsJsonObject("rssMb"), "highWaterMark")).append(" | ")
                .append(s(soak.getAsJsonObject("jvm"), "heapUsedMb")).append(" | ")
                .append(s(soak.getAsJsonObject("jvm"), "nonheapUsedMb")).append(" | ")
                .append(s(soak.getAsJsonObject("jvm"), "liveThreads")).append(" | ").append(s(after, "outOfMemoryErrors"))
                .append(" |\n");
        if (p.has("boltJs")) {
            md.append("\nBare Bolt-JS RSS at the end: ").append(s(p.getAsJsonObject("boltJs").getAsJsonObject("rssAtEndMb"), "rss"))
                    .append(" MB.\n");
        }
    }

    private static String firstRow(JsonObject first) {
        return " | " + s(first, "rps") + " | " + s(first, "sent") + " | " + s(first, "errors") + " | " + s(first, "p50ms")
                + " | " + s(first, "p99ms") + " | " + s(first, "maxMs") + " |\n";
    }

    private static String s(JsonObject o, String key) {
        JsonElement e = o == null ? null : o.get(key);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }
}
