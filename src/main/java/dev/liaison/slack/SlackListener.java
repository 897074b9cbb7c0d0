package dev.liaison.slack;

/** A feature's Slack face registers its commands, actions, views and events here. */
public interface SlackListener {
    void register(ListenerRegistry registry);
}
