package dev.liaison.client.slack;

import com.slack.api.model.block.element.OverflowMenuElement;
import dev.liaison.client.ClientActions;

import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.overflowMenu;

/** The one-click actions for a due client ({@link ClientActions#checkInMenu}), as an overflow menu. */
final class CheckInMenu {

    static final String LOG = ClientActions.CHECKIN_LOG;
    static final String STATUS = ClientActions.CHECKIN_STATUS;

    private CheckInMenu() {
    }

    static OverflowMenuElement forClient(String clientId) {
        return overflowMenu(o -> o.actionId(ClientActions.CHECKIN_MENU).options(ClientActions.checkInMenu(clientId)
                .stream().map(c -> option(plainText(c.label()), c.value())).toList()));
    }
}
