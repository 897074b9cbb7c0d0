package dev.liaison.connect;

/** Where calendars and mailboxes are read from. */
public enum Provider {
    GOOGLE("Google"),
    MICROSOFT("Microsoft");

    private final String label;

    Provider(String label) {
        this.label = label;
    }

    /** The name people see, e.g. in {@code /ooo list}: "from Google". */
    public String label() {
        return label;
    }
}
