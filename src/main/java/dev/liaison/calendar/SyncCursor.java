package dev.liaison.calendar;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Where one person's calendar was last read to (Google's syncToken, Graph's deltaLink): id {@code team:user:PROVIDER}. */
@Document("calendar_cursors")
record SyncCursor(@Id String id, String cursor) {
}
