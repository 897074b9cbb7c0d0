package dev.liaison.ooo.slack;

/** Action ids of the out-of-office messages. */
final class OooActions {

    static final String ITEM_COVER = "ooo_item_cover";
    static final String ITEM_APPLY = "ooo_item_apply";
    static final String APPLY_ALL = "ooo_apply_all";
    static final String DECIDE_LATER = "ooo_decide_later";
    static final String KEEP = "ooo_keep_with_coverers";

    private OooActions() {
    }

    /** An item's select carries its plan and item in the block id (Slack gives selects no value). */
    static String itemBlockId(String planId, String itemId) {
        return "ooo|" + planId + "|" + itemId;
    }
}
