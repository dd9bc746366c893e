package org.wanotify.application.port.in;

/** Deletes messages and their history older than the retention period. */
public interface PurgeExpiredMessagesUseCase {
    /** Returns how many messages were deleted. */
    int purge();
}
