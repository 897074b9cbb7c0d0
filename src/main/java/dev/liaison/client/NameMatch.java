package dev.liaison.client;

import java.util.List;
import java.util.Objects;

/** Outcome of {@link ClientNameMatcher#match}. Suggestions are distinct client display names, at most 3, best first. */
public sealed interface NameMatch permits NameMatch.Found, NameMatch.Ambiguous, NameMatch.NotFound {

    /** Exactly one client matched. */
    record Found(String clientId, String displayName, How how) implements NameMatch {
        public Found {
            Objects.requireNonNull(clientId, "clientId");
            Objects.requireNonNull(displayName, "displayName");
            Objects.requireNonNull(how, "how");
        }

        /**
         * Whether a command that writes must ask "Did you mean …?" first: an exact name, an alias or a
         * unique prefix is what the person meant; an edit-distance guess may not be, and a touch, a task
         * or an escalation on the wrong client is worse than one more click. Once they confirmed this
         * client ({@code confirmedClientId}), no more.
         */
        public boolean mustConfirm(String confirmedClientId) {
            return how == How.TYPO && !clientId.equals(confirmedClientId);
        }

        /** Which matching step found the client, strongest first. */
        public enum How { EXACT, ALIAS, PREFIX, TYPO }
    }

    /** Several clients matched equally well; ask the user to pick one of {@code suggestions}. */
    record Ambiguous(List<String> suggestions) implements NameMatch {
        public Ambiguous {
            suggestions = List.copyOf(suggestions);
        }
    }

    /** No client matched; {@code suggestions} may be empty when nothing is reasonably close. */
    record NotFound(List<String> suggestions) implements NameMatch {
        public NotFound {
            suggestions = List.copyOf(suggestions);
        }
    }
}
