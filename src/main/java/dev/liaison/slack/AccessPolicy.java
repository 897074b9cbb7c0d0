package dev.liaison.slack;

/**
 * Decides whether a Slack user may use Liaison at all (guests and people from other organisations
 * may not). Implemented by the people feature; the adapter only asks.
 */
public interface AccessPolicy {

    record Decision(boolean allowed, String refusal) {
        public static Decision allow() {
            return new Decision(true, null);
        }

        public static Decision refuse(String message) {
            return new Decision(false, message);
        }
    }

    Decision check(String teamId, String enterpriseId, String userId);
}
