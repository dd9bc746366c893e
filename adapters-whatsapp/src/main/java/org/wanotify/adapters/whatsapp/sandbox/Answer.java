package org.wanotify.adapters.whatsapp.sandbox;

import java.time.Duration;

/** An HTTP answer of the simulator, optionally held back for {@code delay}. */
record Answer(int status, String contentType, byte[] body, Duration delay) {
    Answer delayed(Duration by) {
        return new Answer(status, contentType, body, by);
    }

    Answer withoutDelay() {
        return new Answer(status, contentType, body, null);
    }
}
