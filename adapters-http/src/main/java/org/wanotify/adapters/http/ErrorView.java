package org.wanotify.adapters.http;

import org.wanotify.domain.notification.SendError;

/** Why a message failed (or is waiting for a retry), as shown in a message view. */
record ErrorView(int code, String title, String detail, boolean retryable, String hint) {

    static ErrorView of(SendError e) {
        return e == null ? null : new ErrorView(e.code(), e.title(), e.detail(), e.retryable(), e.hint());
    }
}
