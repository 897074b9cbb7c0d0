package dev.liaison.connect.google;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * The e-mail addresses of a From/To/Cc header, lower case ({@code "Lee, Ann" <Ann@Acme.com>, bob@x.io} →
 * {@code ann@acme.com, bob@x.io}), read as RFC 5322 says by Jakarta Mail; a header it cannot read falls back
 * to the address-shaped words in it.
 */
final class MailAddresses {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>(),;:\"\\[\\]]+@[^\\s<>(),;:\"\\[\\]]+");

    private MailAddresses() {
    }

    static List<String> in(String header) {
        List<String> found = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return found;
        }
        try {
            for (InternetAddress address : InternetAddress.parseHeader(header, false)) {
                add(found, address.getAddress());
            }
        } catch (AddressException unreadable) {
            Matcher m = ADDRESS.matcher(header);
            while (m.find()) {
                add(found, m.group());
            }
        }
        return found;
    }

    private static void add(List<String> found, String address) {
        if (address == null || !address.contains("@")) {
            return; // a group name or an undisclosed-recipients list
        }
        String lower = address.strip().toLowerCase(Locale.ROOT);
        if (!found.contains(lower)) {
            found.add(lower);
        }
    }
}
