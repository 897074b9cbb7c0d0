package dev.liaison.client;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import dev.liaison.parsing.InvalidInputException;

/**
 * The e-mail domains of a client's people (acme.com, acme.co.uk), as calendar and mail features will
 * match attendees and correspondents against them: lower case, each once, in the order given. A
 * public mailbox provider is refused, since every private address there would count as the client.
 */
final class EmailDomains {

    /** More than a client plausibly has, few enough for a card line and one query. */
    public static final int MAX = 20;
    /** The list as shown ("a.com, b.com") fits a form's text input and a card line. */
    public static final int MAX_CHARS = 1000;
    private static final Pattern SEPARATORS = Pattern.compile("[,;|\\s]+");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");
    /** Domains whose addresses belong to anyone, never to one client. */
    private static final Set<String> PUBLIC_MAIL = Set.of("gmail.com", "googlemail.com", "outlook.com",
            "hotmail.com", "live.com", "msn.com", "yahoo.com", "icloud.com", "me.com", "aol.com", "proton.me",
            "protonmail.com", "gmx.com", "gmx.net", "mail.com", "yandex.com", "zoho.com");

    private EmailDomains() {
    }

    /**
     * Reads a list like {@code acme.com, Acme.co.uk} (commas, semicolons, bars or spaces between).
     *
     * @throws InvalidInputException naming the first entry that is not a domain, or when there are none or too many
     */
    public static List<String> parse(String text) {
        Set<String> domains = new LinkedHashSet<>();
        for (String entry : SEPARATORS.split(text == null ? "" : text.strip())) {
            if (!entry.isEmpty()) {
                domains.add(domain(entry));
            }
        }
        if (domains.isEmpty()) {
            throw new InvalidInputException("Which domains? Give the client's e-mail domains, like `acme.com,acme.co.uk`.");
        }
        if (domains.size() > MAX) {
            throw new InvalidInputException("A client can have at most " + MAX + " e-mail domains; that is "
                    + domains.size() + ".");
        }
        if (String.join(", ", domains).length() > MAX_CHARS) {
            throw new InvalidInputException("Those domains are too long together: at most " + MAX_CHARS
                    + " characters, commas included.");
        }
        return List.copyOf(new ArrayList<>(domains));
    }

    /** One domain, lower-cased; "@acme.com" is read as acme.com. */
    static String domain(String entry) {
        String d = entry.toLowerCase(Locale.ROOT);
        if (d.startsWith("@")) {
            d = d.substring(1);
        }
        if (d.endsWith(".")) {
            d = d.substring(0, d.length() - 1);
        }
        if (d.contains("@")) {
            throw new InvalidInputException("`" + shown(entry) + "` is an e-mail address; give only its domain, like `"
                    + shown(d.substring(d.lastIndexOf('@') + 1)) + "`.");
        }
        if (!valid(d)) {
            throw new InvalidInputException("`" + shown(entry) + "` is not an e-mail domain. Write it like `acme.com`.");
        }
        if (PUBLIC_MAIL.contains(d)) {
            throw new InvalidInputException("`" + d + "` is a public mail service: everyone's private mail would count as"
                    + " the client's. Give the client's own domain.");
        }
        return d;
    }

    private static boolean valid(String domain) {
        if (domain.length() > 253) {
            return false;
        }
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (int i = 0; i < labels.length - 1; i++) {
            if (!LABEL.matcher(labels[i]).matches()) {
                return false;
            }
        }
        return TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
    }

    private static String shown(String text) {
        String t = text.replace('`', '\'');
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
