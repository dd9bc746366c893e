package org.wanotify.application.port.out;

import java.util.Set;
import org.wanotify.domain.notification.MessageStatus;

/**
 * A filter over stored messages, newest first.
 *
 * @param accounts only these accounts; null for all
 * @param status   only this status; null for any
 * @param to       only this E.164 recipient; null for any
 * @param limit    at most this many (1–100)
 * @param afterId  the cursor: only messages older than this id (ids sort by creation time); null from the newest
 */
public record MessageQuery(Set<String> accounts, MessageStatus status, String to, int limit, String afterId) {
}
