package dev.liaison.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liaison.parsing.Mentions.ChannelMention;
import dev.liaison.parsing.Mentions.UserMention;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MentionsProperties {

    @Provide
    Arbitrary<String> nasty() {
        return NastyInput.strings();
    }

    @Provide
    Arbitrary<String> huge() {
        return NastyInput.huge().map(s -> "<@U1|" + s);
    }

    @Provide
    Arbitrary<String> userId() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofMinLength(2).ofMaxLength(19)
                .flatMap(rest -> Arbitraries.of("U", "W").map(prefix -> prefix + rest));
    }

    @Provide
    Arbitrary<String> channelId() {
        return Arbitraries.strings().withChars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789").ofMinLength(2).ofMaxLength(19)
                .flatMap(rest -> Arbitraries.of("C", "G").map(prefix -> prefix + rest));
    }

    @Provide
    Arbitrary<String> label() {
        return Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30).map(s -> s.replaceAll("[<>]", "_"));
    }

    @Property
    void neverThrowsAndOnlyMentionShapedTokensParse(@ForAll("nasty") String token) {
        if (Mentions.user(token).isPresent() || Mentions.channel(token).isPresent()) {
            assertThat(Mentions.looksLikeMention(token)).isTrue();
        }
        assertThat(Mentions.user(token).isPresent() && Mentions.channel(token).isPresent()).isFalse();
    }

    @Property(tries = 30)
    void hugeTokensAreHandled(@ForAll("huge") String token) {
        Mentions.user(token + ">").ifPresent(m -> assertThat(m.userId()).isEqualTo("U1"));
        assertThat(Mentions.channel(token)).isEmpty();
        assertThat(Mentions.looksLikeMention(token)).isTrue();
    }

    @Property
    void userMentionsRoundTrip(@ForAll("userId") String id, @ForAll("label") String label) {
        assertThat(Mentions.user("<@" + id + ">")).contains(new UserMention(id, null));
        assertThat(Mentions.user("<@" + id + "|" + label + ">")).contains(new UserMention(id, label));
        assertThat(Mentions.channel("<@" + id + ">")).isEmpty();
    }

    @Property
    void channelMentionsRoundTrip(@ForAll("channelId") String id, @ForAll("label") String label) {
        assertThat(Mentions.channel("<#" + id + ">")).contains(new ChannelMention(id, null));
        assertThat(Mentions.channel("<#" + id + "|" + label + ">")).contains(new ChannelMention(id, label));
        assertThat(Mentions.user("<#" + id + ">")).isEmpty();
    }
}
