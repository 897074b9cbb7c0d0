package dev.liaison.connect.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import dev.liaison.connect.Provider;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

/** The modals a head of accounts connects Google Workspace or Microsoft 365 with (pure renderers). */
final class ConnectionModals {

    static final String GOOGLE_VIEW = "connect_google";
    static final String MICROSOFT_VIEW = "connect_microsoft";
    /** Each input's action id; its block id says which input it is. */
    static final String VALUE = "value";
    static final String KEY = "key";
    static final String API_URL = "api_url";
    static final String TENANT = "tenant";
    static final String CLIENT_ID = "client_id";
    static final String SECRET = "secret";
    static final String GRAPH_URL = "graph_url";
    static final String LOGIN_URL = "login_url";

    private ConnectionModals() {
    }

    static View google() {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText("A service account with domain-wide delegation for the scopes"
                + " `https://www.googleapis.com/auth/calendar.readonly` and `https://www.googleapis.com/auth/gmail.metadata`."
                + " Liaison reads calendars and mail metadata only: never e-mail bodies."))));
        blocks.add(input(KEY, "Service account key (the JSON file)", true, 3000));
        blocks.add(input(API_URL, "API URL (leave empty for https://www.googleapis.com/)", false, 500));
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "The key is stored encrypted and never shown again. `/liaison config calendar google off` removes it.")))));
        return modal(GOOGLE_VIEW, "Connect Google", blocks);
    }

    static View microsoft() {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText("A Microsoft Entra app with the application permissions"
                + " `Calendars.Read`, `MailboxSettings.Read` and `Mail.ReadBasic.All`, admin consent granted."
                + " Liaison reads calendars, automatic replies and mail metadata only: never e-mail bodies."))));
        blocks.add(input(TENANT, "Directory (tenant) ID", true, 255));
        blocks.add(input(CLIENT_ID, "Application (client) ID", true, 255));
        blocks.add(input(SECRET, "Client secret (its value)", true, 1000));
        blocks.add(input(GRAPH_URL, "Graph URL (leave empty for https://graph.microsoft.com/v1.0/)", false, 500));
        blocks.add(input(LOGIN_URL, "Login URL (leave empty for https://login.microsoftonline.com/)", false, 500));
        blocks.add(context(c -> c.elements(List.of(markdownText(
                "The secret is stored encrypted and never shown again. `/liaison config calendar microsoft off` removes it.")))));
        return modal(MICROSOFT_VIEW, "Connect Microsoft 365", blocks);
    }

    /** What the modal turns into once saved. */
    static View connected(Provider provider) {
        return view(v -> v.type("modal").callbackId(provider == Provider.GOOGLE ? GOOGLE_VIEW : MICROSOFT_VIEW)
                .title(viewTitle(t -> t.type("plain_text").text("Connected")))
                .close(viewClose(c -> c.type("plain_text").text("Done")))
                .blocks(List.of(section(s -> s.text(markdownText(":white_check_mark: " + provider.label()
                        + " is connected. The next `calendar-sync` run (within 15 minutes) reads people's calendars,"
                        + " matched by the e-mail of their Slack profile."))))));
    }

    private static LayoutBlock input(String id, String label, boolean required, Integer maxLength) {
        return com.slack.api.model.block.Blocks.input(i -> i.blockId(id).optional(!required).label(plainText(label))
                .element(plainTextInput(p -> p.actionId(VALUE).multiline(id.equals(KEY)).maxLength(maxLength))));
    }

    private static View modal(String callbackId, String title, List<LayoutBlock> blocks) {
        return view(v -> v.type("modal").callbackId(callbackId)
                .title(viewTitle(t -> t.type("plain_text").text(title)))
                .submit(viewSubmit(s -> s.type("plain_text").text("Connect")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }
}
