package org.wanotify.application.port.in;

import java.time.Instant;
import org.wanotify.domain.notification.MessageStatus;
import org.wanotify.domain.notification.SendError;

/**
 * One entry of a webhook's {@code statuses[]}.
 *
 * @param phoneNumberId        {@code metadata.phone_number_id} of the change
 * @param callbackData         {@code biz_opaque_callback_data}: our message id when we sent it; may be null
 * @param error                the first of {@code errors[]} for a failed status; may be null
 */
public record StatusUpdate(String phoneNumberId, String wamid, MessageStatus status, Instant timestamp,
                           String recipientId, String callbackData, SendError error) {
}
