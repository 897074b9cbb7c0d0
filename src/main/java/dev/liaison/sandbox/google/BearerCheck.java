package dev.liaison.sandbox.google;

import java.util.Locale;

/**
 * The Authorization header of an API call: a bearer token this stand-in issued, unexpired, with the
 * call's scope. The call is counted for the token's user, then that user's scripted failure (if any) answers.
 */
final class BearerCheck {

    private final StandInData data;

    BearerCheck(StandInData data) {
        this.data = data;
    }

    StandInData.AccessToken authorize(Incoming in, GoogleCall call, String scope) {
        String header = in.header("Authorization");
        if (header == null || !header.startsWith("Bearer ")) {
            throw ApiError.api(401, "global", "required", "Request is missing required authentication credential."
                    + " Expected OAuth 2 access token, login cookie or other valid authentication credential.", null, true);
        }
        StandInData.AccessToken token = data.tokens.get(header.substring("Bearer ".length()));
        if (token == null || !token.expires().isAfter(data.tokenClock.instant())) {
            throw ApiError.api(401, "global", "authError", "Invalid Credentials", null, true);
        }
        if (!token.has(scope)) {
            throw ApiError.api(403, "global", "insufficientPermissions",
                    "Request had insufficient authentication scopes.", null, true);
        }
        data.count(call, token.user());
        StandInFailure failure;
        synchronized (data) {
            StandInData.User user = data.existing(token.user());
            failure = user == null ? null : user.failure;
        }
        if (failure != null) {
            throw ApiError.of(failure);
        }
        return token;
    }

    /** Gmail's {@code userId}: {@code me} or the token's own user; anyone else is another person's mailbox. */
    static void sameUser(String userId, StandInData.AccessToken token) {
        if (!userId.equals("me") && !userId.toLowerCase(Locale.ROOT).equals(token.user())) {
            throw ApiError.forbidden("Delegation denied for " + token.user(), true);
        }
    }
}
