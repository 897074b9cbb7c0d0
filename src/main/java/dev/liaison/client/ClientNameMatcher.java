package dev.liaison.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Resolves what a user typed to one client. Immutable and thread-safe once built; build a new one
 * when the client list changes.
 *
 * <p>{@link #match} tries, in order: exact name key, exact alias key, unique prefix, small typo.
 * {@link #longestAtStart} finds an unquoted client name at the start of a command's text.
 */
final class ClientNameMatcher {

    private static final int MAX_SUGGESTIONS = 3;
    /** Below this, a one-edit typo is a third of the query or more and matches nearly everything. */
    private static final int MIN_TYPO_QUERY_LENGTH = 3;
    /** Bounds the cost of ranking suggestions; farther names are not useful suggestions anyway. */
    private static final int MAX_SUGGESTION_DISTANCE = 8;
    /** Raw text scanned by longestAtStart beyond the longest key, for punctuation and spacing. */
    private static final int START_SCAN_SLACK = 64;

    // The threshold constructor makes LevenshteinDistance O(length * threshold) and lets it bail out early.
    private static final LevenshteinDistance[] LEVENSHTEIN = new LevenshteinDistance[MAX_SUGGESTION_DISTANCE + 1];

    static {
        for (int t = 0; t <= MAX_SUGGESTION_DISTANCE; t++) {
            LEVENSHTEIN[t] = new LevenshteinDistance(t);
        }
    }

    private static final Comparator<Entry> BY_NAME = Comparator.comparing(Entry::sortKey)
            .thenComparing(e -> e.candidate().displayName())
            .thenComparing(e -> e.candidate().clientId());

    private final List<Entry> entries;
    private final Map<String, List<Entry>> byKey;
    private final int maxKeyLength;

    public ClientNameMatcher(Collection<NameCandidate> candidates) {
        List<Entry> list = new ArrayList<>(candidates.size());
        Map<String, List<Entry>> index = new HashMap<>();
        Map<String, String> sortKeys = new HashMap<>(); // display names repeat once per alias
        int longest = 0;
        for (NameCandidate c : candidates) {
            Objects.requireNonNull(c, "candidate");
            if (c.key().isEmpty()) {
                continue; // punctuation-only names can never be typed back
            }
            Entry e = new Entry(c, sortKeys.computeIfAbsent(c.displayName(), NameKey::of));
            list.add(e);
            index.computeIfAbsent(c.key(), k -> new ArrayList<>(1)).add(e);
            longest = Math.max(longest, c.key().length());
        }
        this.entries = List.copyOf(list);
        this.byKey = index;
        this.maxKeyLength = longest;
    }

    /** A client name found at the start of a text; {@code text.substring(charsConsumed)} is the rest. */
    public record StartMatch(String clientId, String displayName, int charsConsumed) {
    }

    /**
     * Resolves a client name typed by a user (quoted or explicit). Never throws for any input; a
     * null, blank or punctuation-only query gives {@code NotFound} with no suggestions.
     */
    public NameMatch match(String query) {
        String q = NameKey.of(query);
        if (q.isEmpty()) {
            return new NameMatch.NotFound(List.of());
        }

        List<Entry> exact = byKey.get(q);
        if (exact != null) {
            List<Entry> names = exact.stream().filter(e -> !e.candidate().alias()).toList();
            return names.isEmpty()
                    ? resolve(exact, NameMatch.Found.How.ALIAS, BY_NAME)
                    : resolve(names, NameMatch.Found.How.EXACT, BY_NAME);
        }

        NameMatch prefix = matchPrefix(q);
        if (prefix != null) {
            return prefix;
        }
        return matchTypoOrSuggest(q);
    }

    /**
     * The client whose name or alias is the longest exact (normalised) match for a prefix of
     * {@code text} ending at a word boundary, e.g. "Acme Corp call positive" → Acme Corp with
     * {@code charsConsumed} 9. Trailing punctuation that normalises away is consumed with the name
     * ("Acme Corp. call" consumes "Acme Corp."). Empty when nothing matches, or when the longest
     * match is shared by two clients' names (or, failing names, aliases) — guessing would be worse.
     */
    public Optional<StartMatch> longestAtStart(String text) {
        if (text == null || text.isEmpty() || entries.isEmpty()) {
            return Optional.empty();
        }
        // Keys only grow as the prefix grows, so stop once past the longest key; the raw cap also
        // bounds work on huge texts full of characters that normalise away.
        int scanLimit = (int) Math.min(text.length(), (long) maxKeyLength * 4 + START_SCAN_SLACK);
        int bestEnd = -1;
        List<Entry> best = null;
        int prev = text.codePointAt(0);
        int end = Character.charCount(prev);
        while (end <= scanLimit) {
            int next = end < text.length() ? text.codePointAt(end) : -1;
            if (isPrefixEnd(prev, next)) {
                String key = NameKey.of(text.substring(0, end));
                if (key.length() > maxKeyLength) {
                    break;
                }
                List<Entry> hit = byKey.get(key);
                if (hit != null) {
                    bestEnd = end;
                    best = hit;
                }
            }
            if (next < 0) {
                break;
            }
            prev = next;
            end += Character.charCount(next);
        }
        if (best == null) {
            return Optional.empty();
        }
        List<Entry> names = best.stream().filter(e -> !e.candidate().alias()).toList();
        List<Entry> chosen = distinctClients(names.isEmpty() ? best : names, BY_NAME);
        if (chosen.size() != 1) {
            return Optional.empty();
        }
        NameCandidate c = chosen.get(0).candidate();
        return Optional.of(new StartMatch(c.clientId(), c.displayName(), bestEnd));
    }

    /**
     * A prefix may end where a word ends (before whitespace or punctuation) or at the end of the
     * text, but never right after whitespace, so spacing between name and rest is left to the caller.
     */
    private static boolean isPrefixEnd(int prev, int next) {
        if (isSeparator(prev)) {
            return false;
        }
        if (next < 0 || isSeparator(next)) {
            return true;
        }
        return isWordPart(prev) && !isWordPart(next);
    }

    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.CONTROL;
    }

    /** Letters, digits and combining marks: a boundary must never split "e" from its accent. */
    private static boolean isWordPart(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * Query key is a proper prefix of a name/alias key. Prefixes that end at a word boundary of the
     * name ("acme" in "acme corp") beat plain ones ("acme" in "acmeco"); within a tier, several
     * clients → Ambiguous, closest (shortest) completions first.
     */
    private NameMatch matchPrefix(String q) {
        List<Entry> wordPrefix = new ArrayList<>();
        List<Entry> plainPrefix = new ArrayList<>();
        for (Entry e : entries) {
            String k = e.candidate().key();
            if (k.length() > q.length() && k.startsWith(q)) {
                (k.charAt(q.length()) == ' ' ? wordPrefix : plainPrefix).add(e);
            }
        }
        Comparator<Entry> closestFirst = Comparator.<Entry>comparingInt(e -> e.candidate().key().length())
                .thenComparing(BY_NAME);
        if (!wordPrefix.isEmpty()) {
            return resolve(wordPrefix, NameMatch.Found.How.PREFIX, closestFirst);
        }
        if (!plainPrefix.isEmpty()) {
            return resolve(plainPrefix, NameMatch.Found.How.PREFIX, closestFirst);
        }
        return null;
    }

    /**
     * One pass computes bounded edit distances to every key (and to the same-length prefix of longer
     * keys, so "acne" reaches "acme corp"). Within the typo limit, a unique best client is Found,
     * a tie is Ambiguous; otherwise the closest clients become NotFound suggestions.
     */
    private NameMatch matchTypoOrSuggest(String q) {
        int n = q.length();
        int typoLimit = n <= 4 ? 1 : n <= 12 ? 2 : 3;
        int suggestLimit = Math.min(MAX_SUGGESTION_DISTANCE, typoLimit + Math.max(1, n / 4));
        LevenshteinDistance lev = LEVENSHTEIN[suggestLimit];

        Map<String, Scored> bestByClient = new LinkedHashMap<>();
        BagFilter bag = new BagFilter(q);
        for (Entry e : entries) {
            String k = e.candidate().key();
            boolean tryFull = Math.abs(k.length() - n) <= suggestLimit; // length pre-filter
            boolean tryPrefix = k.length() > n;
            if (tryFull || tryPrefix) {
                // A cheap lower bound on the edit distance rules out most keys before the real computation.
                bag.measure(k);
                tryFull &= bag.fullLowerBound() <= suggestLimit;
                tryPrefix &= bag.prefixLowerBound() <= suggestLimit;
            }
            int d = tryFull ? lev.apply(q, k) : -1;
            boolean prefixOnly = false;
            if (tryPrefix) {
                int dp = lev.apply(q, k.substring(0, n));
                if (dp >= 0 && (d < 0 || dp < d)) {
                    d = dp;
                    prefixOnly = true;
                }
            }
            // d >= n means no character survived: that is a different name, not a typo of this one.
            if (d < 0 || d >= n) {
                continue;
            }
            Scored s = new Scored(e, d, prefixOnly);
            bestByClient.merge(e.candidate().clientId(), s, (a, b) -> Scored.RANK.compare(b, a) < 0 ? b : a);
        }

        if (n >= MIN_TYPO_QUERY_LENGTH) {
            Scored top = null;
            for (Scored s : bestByClient.values()) {
                if (s.distance() <= typoLimit && (top == null || Scored.RANK.compare(s, top) < 0)) {
                    top = s;
                }
            }
            if (top != null) {
                List<Entry> tied = new ArrayList<>();
                for (Scored s : bestByClient.values()) {
                    if (Scored.RANK.compare(s, top) == 0) {
                        tied.add(s.entry());
                    }
                }
                return resolve(tied, NameMatch.Found.How.TYPO, BY_NAME);
            }
        }

        List<Scored> ranked = new ArrayList<>(bestByClient.values());
        ranked.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::entry, BY_NAME));
        List<Entry> closest = new ArrayList<>(ranked.size());
        for (Scored s : ranked) {
            closest.add(s.entry());
        }
        return new NameMatch.NotFound(displayNames(closest));
    }

    /** One distinct client → Found; several → Ambiguous listing up to three, in {@code order}. */
    private static NameMatch resolve(List<Entry> matches, NameMatch.Found.How how, Comparator<Entry> order) {
        List<Entry> clients = distinctClients(matches, order);
        if (clients.size() == 1) {
            NameCandidate c = clients.get(0).candidate();
            return new NameMatch.Found(c.clientId(), c.displayName(), how);
        }
        return new NameMatch.Ambiguous(displayNames(clients));
    }

    /** Best entry per client, in {@code order}. */
    private static List<Entry> distinctClients(List<Entry> matches, Comparator<Entry> order) {
        List<Entry> sorted = new ArrayList<>(matches);
        sorted.sort(order);
        Map<String, Entry> byClient = new LinkedHashMap<>();
        for (Entry e : sorted) {
            byClient.putIfAbsent(e.candidate().clientId(), e);
        }
        return new ArrayList<>(byClient.values());
    }

    private static List<String> displayNames(List<Entry> ordered) {
        Set<String> names = new LinkedHashSet<>();
        for (Entry e : ordered) {
            if (names.size() == MAX_SUGGESTIONS) {
                break;
            }
            names.add(e.candidate().displayName());
        }
        return List.copyOf(names);
    }

    /**
     * Bag-distance lower bound on Levenshtein distance: every edit fixes at most one character that
     * one string has and the other lacks. Characters are bucketed (low 7 bits), which only merges
     * counts and so keeps the bound valid. Not thread-safe: one per match call.
     */
    private static final class BagFilter {
        private static final int BUCKETS = 128;
        private final int[] queryCounts = new int[BUCKETS];
        private final int[] keyCounts = new int[BUCKETS];
        private final int queryLength;
        private int prefixMissing;
        private int fullMissing;
        private int keyLength;

        BagFilter(String query) {
            queryLength = query.length();
            for (int i = 0; i < queryLength; i++) {
                queryCounts[query.charAt(i) & (BUCKETS - 1)]++;
            }
        }

        /** Counts, for the key's first {@code queryLength} chars and for the whole key, query chars it lacks. */
        void measure(String key) {
            keyLength = key.length();
            int missing = queryLength;
            prefixMissing = -1;
            for (int i = 0; i < keyLength; i++) {
                if (i == queryLength) {
                    prefixMissing = missing;
                }
                int b = key.charAt(i) & (BUCKETS - 1);
                if (keyCounts[b]++ < queryCounts[b]) {
                    missing--;
                }
            }
            fullMissing = missing;
            if (prefixMissing < 0) {
                prefixMissing = missing;
            }
            for (int i = 0; i < keyLength; i++) {
                keyCounts[key.charAt(i) & (BUCKETS - 1)] = 0;
            }
        }

        int prefixLowerBound() {
            return prefixMissing; // same length, so the key's surplus equals the query's shortfall
        }

        int fullLowerBound() {
            // Query chars the key lacks, or key chars the query lacks, whichever is larger.
            return Math.max(fullMissing, fullMissing + keyLength - queryLength);
        }
    }

    /** A candidate plus the key of its display name, for stable case-insensitive ordering. */
    private record Entry(NameCandidate candidate, String sortKey) {
    }

    /** Distance of one candidate; a full-key match beats a same-length-prefix match at equal distance. */
    private record Scored(Entry entry, int distance, boolean prefixOnly) {
        static final Comparator<Scored> RANK = Comparator.comparingInt(Scored::distance)
                .thenComparing(Scored::prefixOnly);
    }
}
