package dev.liaison.slack;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;

/**
 * One Web API call and its errors, the same way for every method: a call Slack did not answer, and an answer
 * that is not ok, are {@link SlackMessenger.SlackUnavailable} with Slack's error code; the codes a method
 * names as "nothing there" ({@code user_not_found}…) are an empty answer instead.
 */
final class WebApiCall {

    @FunctionalInterface
    interface Call<T extends SlackApiTextResponse> {
        T call() throws IOException, SlackApiException;
    }

    private WebApiCall() {
    }

    /** The method's ok answer; anything else is SlackUnavailable. */
    static <T extends SlackApiTextResponse> T answer(String method, Call<T> call) {
        return answerUnless(method, Set.of(), call).orElseThrow();
    }

    /** The method's ok answer, or empty when Slack answered one of the {@code absent} error codes. */
    static <T extends SlackApiTextResponse> Optional<T> answerUnless(String method, Set<String> absent, Call<T> call) {
        T response;
        try {
            response = call.call();
        } catch (IOException | SlackApiException e) {
            throw new SlackMessenger.SlackUnavailable(method + " failed: " + e.getMessage(), e);
        }
        if (response.isOk()) {
            return Optional.of(response);
        }
        if (absent.contains(response.getError())) {
            return Optional.empty();
        }
        throw new SlackMessenger.SlackUnavailable(method + " answered " + response.getError(), null, response.getError());
    }
}
