package dev.liaison.slack;

import java.io.IOException;
import java.util.Set;

import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebApiCallTest {

    private static UsersInfoResponse answered(boolean ok, String error) {
        UsersInfoResponse response = new UsersInfoResponse();
        response.setOk(ok);
        response.setError(error);
        if (ok) {
            User user = new User();
            user.setId("U1");
            response.setUser(user);
        }
        return response;
    }

    @Test
    void anOkAnswerIsTheAnswer() {
        assertThat(WebApiCall.answer("users.info", () -> answered(true, null)).getUser().getId()).isEqualTo("U1");
        assertThat(WebApiCall.answerUnless("users.info", Set.of("user_not_found"), () -> answered(true, null)))
                .hasValueSatisfying(r -> assertThat(r.getUser().getId()).isEqualTo("U1"));
    }

    @Test
    void anErrorTheMethodNamesAsNothingThereIsEmpty() {
        assertThat(WebApiCall.answerUnless("users.info", Set.of("user_not_found"), () -> answered(false, "user_not_found")))
                .isEmpty();
    }

    @Test
    void anyOtherErrorIsSlackUnavailableWithSlacksCode() {
        assertThatThrownBy(() -> WebApiCall.answerUnless("users.info", Set.of("user_not_found"),
                () -> answered(false, "invalid_auth")))
                .isInstanceOfSatisfying(SlackMessenger.SlackUnavailable.class, e -> {
                    assertThat(e.slackError()).isEqualTo("invalid_auth");
                    assertThat(e.credentialsRefused()).isTrue();
                    assertThat(e).hasMessage("users.info answered invalid_auth");
                });
        assertThatThrownBy(() -> WebApiCall.answer("users.info", () -> answered(false, "user_not_found")))
                .isInstanceOfSatisfying(SlackMessenger.SlackUnavailable.class,
                        e -> assertThat(e.slackError()).isEqualTo("user_not_found"));
    }

    @Test
    void anUnansweredCallIsSlackUnavailableWithoutACode() {
        IOException timeout = new IOException("timeout");
        assertThatThrownBy(() -> WebApiCall.answer("users.info", () -> {
            throw timeout;
        })).isInstanceOfSatisfying(SlackMessenger.SlackUnavailable.class, e -> {
            assertThat(e.slackError()).isNull();
            assertThat(e).hasCause(timeout).hasMessage("users.info failed: timeout");
        });
    }
}
