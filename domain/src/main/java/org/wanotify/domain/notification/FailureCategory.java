package org.wanotify.domain.notification;

/** What a sender should do about a failed attempt. */
public enum FailureCategory {
    /** Transient: try again with back-off. */
    RETRY,
    /** The (business, customer) pair limit: try this recipient again after a growing pause. */
    RETRY_RECIPIENT_LATER,
    /** Meta asks for at least a day before trying again. */
    WAIT_LONG,
    /** The request itself is wrong; sending it again cannot help. */
    PERMANENT,
    /** Outside the 24-hour window: only an approved template can reach this person. */
    NEEDS_TEMPLATE,
    /** The whole account cannot send (token, permissions, payment, lock): pause it. */
    ACCOUNT_BLOCKING,
    /** A code this table does not know: retry a few times, then fail keeping Meta's raw error. */
    UNKNOWN
}
