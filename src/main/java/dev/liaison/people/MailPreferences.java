package dev.liaison.people;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A workspace's choice about e-mail touches: {@code subjects} kept only when a head of accounts turned
 * them on ({@code /liaison config mail-subjects on}); off by default, so only sender, recipients and date are kept.
 */
@Document("mail_preferences")
record MailPreferences(@Id String teamId, boolean subjects, String updatedBy, Instant updatedAt) {
}
