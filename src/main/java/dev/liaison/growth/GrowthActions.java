package dev.liaison.growth;

/** Action and callback ids of the opportunity surfaces, for any feature whose message carries them. */
public final class GrowthActions {

    /** "Add opportunity" on a client's card: opens the form for that client (value: the client id). */
    public static final String ADD_OPPORTUNITY = "opportunity_add";
    /** "Edit" on an opportunity's line (value: its number, e.g. O-12). */
    public static final String EDIT_OPPORTUNITY = "opportunity_edit";
    /** The add/edit form's callback id. */
    public static final String OPPORTUNITY_FORM = "opportunity_form";

    private GrowthActions() {
    }
}
