package dev.liaison.client.slack;

import java.util.List;

import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.OverflowMenuElement;

import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.overflowMenu;

/** The one-click actions for a due client, as an overflow menu (5 options: Slack's maximum). */
public final class CheckInMenu {

    static final String LOG = "log";
    static final String STATUS = "status";

    private CheckInMenu() {
    }

    public static OverflowMenuElement forClient(String clientId) {
        List<OptionObject> options = List.of(
                option(plainText("Log check-in"), LOG + "|" + clientId),
                option(plainText("Snooze 1 day"), "snooze1|" + clientId),
                option(plainText("Snooze 3 days"), "snooze3|" + clientId),
                option(plainText("Snooze 1 week"), "snooze7|" + clientId),
                option(plainText("Open status"), STATUS + "|" + clientId));
        return overflowMenu(o -> o.actionId(ClientActions.CHECKIN_MENU).options(options));
    }
}
