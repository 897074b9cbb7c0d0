package dev.liaison.connect;

import java.util.List;

/**
 * What changed in one person's calendar since the cursor (all pages already followed).
 *
 * @param events     new, changed and cancelled events
 * @param nextCursor Google's {@code nextSyncToken} or Graph's {@code @odata.deltaLink}, to pass next time
 * @param fullSync   true when this is a full listing of the window (first sync, or the provider said the
 *                   old cursor had expired): events Liaison knew from this calendar that are absent here are gone
 */
public record CalendarChanges(List<CalendarEvent> events, String nextCursor, boolean fullSync) {

    public CalendarChanges {
        events = List.copyOf(events);
    }
}
