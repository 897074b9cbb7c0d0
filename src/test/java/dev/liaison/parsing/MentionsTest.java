package dev.liaison.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.liaison.parsing.Mentions.ChannelMention;
import dev.liaison.parsing.Mentions.UserMention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MentionsTest {

    @Test
    void parsesUserMentionsWithAndWithoutLabel() {
        assertThat(Mentions.user("<@U123ABC>")).contains(new UserMention("U123ABC", null));
        assertThat(Mentions.user("<@U123ABC|ann.lee>")).contains(new UserMention("U123ABC", "ann.lee"));
        assertThat(Mentions.user("<@W0ENTERPRISE|Ann Lee>")).contains(new UserMention("W0ENTERPRISE", "Ann Lee"));
        assertThat(Mentions.user("<@U12|>")).contains(new UserMention("U12", null));
    }

    @Test
    void parsesChannelMentionsWithAndWithoutLabel() {
        assertThat(Mentions.channel("<#C123ABC>")).contains(new ChannelMention("C123ABC", null));
        assertThat(Mentions.channel("<#C123ABC|client-acme>")).contains(new ChannelMention("C123ABC", "client-acme"));
        assertThat(Mentions.channel("<#G0PRIVATE|secret>")).contains(new ChannelMention("G0PRIVATE", "secret"));
        // Slack sometimes sends the channel form with an empty name.
        assertThat(Mentions.channel("<#C123ABC|>")).contains(new ChannelMention("C123ABC", null));
    }

    @Test
    void idLengthIsBetween3And20() {
        assertThat(Mentions.user("<@U12>")).isPresent();
        assertThat(Mentions.user("<@U1>")).isEmpty();
        assertThat(Mentions.user("<@U" + "1".repeat(19) + ">")).isPresent();
        assertThat(Mentions.user("<@U" + "1".repeat(20) + ">")).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"@ann", "U123ABC", "<@u123abc>", "<@X123ABC>", "<@U123ABC", "@U123ABC>", "<@U123ABC>,",
            " <@U123ABC>", "<@U123-ABC>", "<@U123ABC|a<b>", "<#C123ABC>", "<!here>", "<@U123ABC|x>>", "<@>"})
    void rejectsAnythingElseAsUser(String token) {
        assertThat(Mentions.user(token)).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"#general", "<#c123abc>", "<#D123ABC>", "<#U123ABC>", "<#C1>", "<#C123ABC", "<@U123ABC>",
            "<#C123ABC>."})
    void rejectsAnythingElseAsChannel(String token) {
        assertThat(Mentions.channel(token)).isEmpty();
    }

    @Test
    void looksLikeMentionFlagsMalformedMentionsSoCallersCanSaySo() {
        assertThat(Mentions.looksLikeMention("<@U123ABC>")).isTrue();
        assertThat(Mentions.looksLikeMention("<@u12")).isTrue();
        assertThat(Mentions.looksLikeMention("<#general")).isTrue();
        assertThat(Mentions.looksLikeMention("<@")).isTrue();
        assertThat(Mentions.looksLikeMention("@ann")).isFalse();
        assertThat(Mentions.looksLikeMention("<!here>")).isFalse();
        assertThat(Mentions.looksLikeMention("x<@U1>")).isFalse();
        assertThat(Mentions.looksLikeMention("")).isFalse();
        assertThat(Mentions.looksLikeMention(null)).isFalse();
    }
}
