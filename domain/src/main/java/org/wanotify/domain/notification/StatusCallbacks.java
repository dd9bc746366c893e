package org.wanotify.domain.notification;

/** Which status changes a caller's {@code callback_url} hears about: what Meta did with the message, not our internal steps. */
public final class StatusCallbacks {
    private StatusCallbacks() {
    }

    public static boolean isReported(MessageStatus status) {
        return switch (status) {
            case SENT, DELIVERED, READ, FAILED -> true;
            case QUEUED, SCHEDULED, SENDING -> false;
        };
    }
}
