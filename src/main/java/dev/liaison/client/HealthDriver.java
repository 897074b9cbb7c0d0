package dev.liaison.client;

/**
 * One health-score rule. Declaration order is the tie-break order when two deductions have the
 * same points, so keep it in the order the product spec lists the rules.
 */
enum HealthDriver {
    CHECK_IN_OVERDUE,
    OPEN_ESCALATIONS,
    NEGATIVE_TOUCHES,
    BUDGET_BURN,
    OVERDUE_TASKS,
    RENEWAL_UNATTENDED
}
