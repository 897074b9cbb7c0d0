package dev.liaison.sandbox.google;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Google's pagination: a listing is computed once, handed out {@code maxResults} at a time with a
 * {@code nextPageToken}, and the fields of the last page (a {@code nextSyncToken}, a {@code historyId})
 * come only on the last one. A page token is good for the same user, call and query only.
 */
final class Pages {

    private final StandInData data;

    Pages(StandInData data) {
        this.data = data;
    }

    /** The remaining listing for a page token, or a refused 400 for one the stand-in never gave with this query. */
    StandInData.Pending resume(String token, String user, GoogleCall call, Incoming in) {
        StandInData.Pending pending = data.pages.remove(token);
        if (pending == null || !pending.user().equals(user) || pending.call() != call
                || !pending.query().equals(in.queryWithoutPageToken())) {
            throw ApiError.badRequest("Invalid pageToken (unknown, used already, or sent with another query)", true);
        }
        return pending;
    }

    /** Fills {@code into} with the first {@code size} items under {@code field}, and a page token or the last page's fields. */
    void page(JsonObject into, String field, StandInData.Pending listing, int size, boolean emptyFieldOmitted) {
        List<JsonObject> items = listing.items();
        List<JsonObject> now = items.subList(0, Math.min(size, items.size()));
        if (!now.isEmpty() || !emptyFieldOmitted) {
            JsonArray array = new JsonArray();
            now.forEach(array::add);
            into.add(field, array);
        }
        if (items.size() > size) {
            String token = data.opaque("p");
            data.pages.put(token, new StandInData.Pending(listing.user(), listing.call(), listing.query(),
                    List.copyOf(items.subList(size, items.size())), listing.lastPage()));
            into.addProperty("nextPageToken", token);
        } else {
            listing.lastPage().entrySet().forEach(e -> into.add(e.getKey(), e.getValue()));
        }
    }

    static int maxResults(Incoming in, int byDefault, int most) {
        String raw = in.param("maxResults");
        if (raw == null) {
            return byDefault;
        }
        try {
            int n = Integer.parseInt(raw);
            if (n < 1 || n > most) {
                throw ApiError.badRequest("Invalid value for maxResults: " + raw, true);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("Invalid value for maxResults: " + raw, true);
        }
    }
}
