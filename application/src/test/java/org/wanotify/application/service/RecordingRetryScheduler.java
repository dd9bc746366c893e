package org.wanotify.application.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.wanotify.application.port.out.RetryScheduler;
import org.wanotify.domain.notification.MessageId;

/** Remembers every retry trigger it was asked to arm. */
final class RecordingRetryScheduler implements RetryScheduler {
    record Armed(MessageId id, String account, int attempt, Instant at) {
    }

    final List<Armed> armed = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void retryAt(MessageId id, String account, int attempt, Instant at) {
        armed.add(new Armed(id, account, attempt, at));
    }
}
