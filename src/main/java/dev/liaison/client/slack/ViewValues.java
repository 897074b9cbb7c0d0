package dev.liaison.client.slack;

import java.util.Optional;

import com.slack.api.model.view.ViewState;
import dev.liaison.client.ClientField;

/** Reads the submitted value of an input block whose element has action id "value", whatever its kind. */
final class ViewValues {

    private final ViewState state;

    ViewValues(ViewState state) {
        this.state = state;
    }

    private Optional<ViewState.Value> element(String blockId) {
        if (state == null || state.getValues() == null || state.getValues().get(blockId) == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(state.getValues().get(blockId).get(ClientModals.VALUE));
    }

    /** Typed text (blank as empty), a selected option's value, or a picked date. */
    Optional<String> text(String blockId) {
        return element(blockId).map(v -> {
            if (v.getSelectedOption() != null) {
                return v.getSelectedOption().getValue();
            }
            if (v.getSelectedDate() != null) {
                return v.getSelectedDate();
            }
            return v.getValue();
        }).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** What a client field's input holds, read as its kind of input. */
    Optional<String> of(String blockId, ClientField.InputKind kind) {
        return switch (kind) {
            case TEXT, DATE, CHOICE -> text(blockId);
            case PERSON -> user(blockId);
            case CHANNEL -> conversation(blockId);
        };
    }

    Optional<String> user(String blockId) {
        return element(blockId).map(ViewState.Value::getSelectedUser).filter(s -> !s.isBlank());
    }

    Optional<String> conversation(String blockId) {
        return element(blockId).map(v -> v.getSelectedConversation() != null ? v.getSelectedConversation()
                : v.getSelectedChannel()).filter(s -> !s.isBlank());
    }
}
