package dev.liaison.parsing;

/** "1 check-in", "2 check-ins": a count with its noun in the right number, for every message. */
public final class Plural {

    private Plural() {
    }

    /** The count and the noun, with "s" added unless the count is exactly one. */
    public static String count(long n, String one) {
        return count(n, one, one + "s");
    }

    /** The count and the noun, for nouns whose plural is not the singular plus "s" ("person", "people"). */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
