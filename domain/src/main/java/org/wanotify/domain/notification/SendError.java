package org.wanotify.domain.notification;

/**
 * Why a send did not (yet) succeed: Meta's code, title and details plus a plain-language hint.
 *
 * @param code Meta's error code, or 0 for a transport problem with no Meta answer
 */
public record SendError(int code, String title, String detail, String fbtraceId, boolean retryable, String hint) {
    public SendError {
        title = title == null ? "" : title;
    }
}
