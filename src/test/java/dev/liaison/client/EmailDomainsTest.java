package dev.liaison.client;

import java.util.List;
import java.util.stream.IntStream;

import dev.liaison.parsing.InvalidInputException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A client's e-mail domains: validated, lower-cased, each once, in the order given. */
class EmailDomainsTest {

    @Test
    void aListIsLowerCasedAndDeduplicatedInTheOrderGiven() {
        assertThat(EmailDomains.parse("Acme.com, acme.CO.uk;ACME.com | @acme.io acme.de."))
                .containsExactly("acme.com", "acme.co.uk", "acme.io", "acme.de");
        assertThat(EmailDomains.parse("mail.acme-group.com")).containsExactly("mail.acme-group.com");
        assertThat(EmailDomains.parse("xn--bcher-kva.de")).containsExactly("xn--bcher-kva.de");
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "acme.", ".com", "acme..com", "-acme.com", "acme-.com", "acme.c", "acme.c0m",
            "ac me.com", "acme.com/path", "https://acme.com", "<!channel>.com", "acme_corp.com", "*.acme.com"})
    void whatIsNotADomainIsRefusedByName(String typed) {
        Throwable thrown = catchThrowable(() -> EmailDomains.parse("acme.org," + typed));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        assertThat(thrown.getMessage()).contains("acme.com");
    }

    @Test
    void anAddressIsAnsweredWithItsDomain() {
        assertThatThrownBy(() -> EmailDomains.parse("sam@acme.com")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("e-mail address").hasMessageContaining("`acme.com`");
    }

    @Test
    void aPublicMailServiceIsNotAClientsDomain() {
        assertThatThrownBy(() -> EmailDomains.parse("acme.com, Gmail.com")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("`gmail.com` is a public mail service");
    }

    @Test
    void noneOrTooManyAreRefused() {
        assertThatThrownBy(() -> EmailDomains.parse(" , ;")).hasMessageContaining("Which domains?");
        assertThatThrownBy(() -> EmailDomains.parse(null)).hasMessageContaining("Which domains?");
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= EmailDomains.MAX; i++) {
            many.append("acme").append(i).append(".com,");
        }
        assertThatThrownBy(() -> EmailDomains.parse(many.toString())).hasMessageContaining("at most " + EmailDomains.MAX);
        // the same domain many times is one domain
        assertThat(EmailDomains.parse("acme.com,".repeat(50))).containsExactly("acme.com");
    }

    @Test
    void theListFitsAFormInputAndACardLine() {
        String fits = String.join(",", IntStream.range(0, EmailDomains.MAX)
                .mapToObj(i -> String.format("client-%02d-%s.example.co.uk", i, "x".repeat(24))).toList());
        assertThat(String.join(", ", EmailDomains.parse(fits))).hasSize(998);
        assertThatThrownBy(() -> EmailDomains.parse(fits.replace("client-00-", "client-00-xxx")))
                .hasMessageContaining("too long together");
    }

    @Test
    void aLabelOrNameTooLongIsRefused() {
        assertThatThrownBy(() -> EmailDomains.parse("a".repeat(64) + ".com")).isInstanceOf(InvalidInputException.class);
        assertThat(EmailDomains.parse("a".repeat(63) + ".com")).hasSize(1);
        String long254 = ("a".repeat(62) + ".").repeat(4) + "com"; // 255 characters
        assertThatThrownBy(() -> EmailDomains.parse(long254)).isInstanceOf(InvalidInputException.class);
    }

    /** Whatever is accepted reads back as itself: what the card and the form show can be typed again. */
    @Property
    void whatIsAcceptedReadsBackTheSame(@ForAll @StringLength(max = 40)
                                        @Chars({'a', 'B', '0', '.', '-', '@', ',', ';', ' ', 'x', 'n'}) String typed) {
        List<String> domains;
        try {
            domains = EmailDomains.parse(typed);
        } catch (InvalidInputException refused) {
            return;
        }
        assertThat(domains).doesNotHaveDuplicates().allSatisfy(d -> assertThat(d).isLowerCase().doesNotContain("@", " "));
        assertThat(EmailDomains.parse(String.join(", ", domains))).isEqualTo(domains);
    }
}
