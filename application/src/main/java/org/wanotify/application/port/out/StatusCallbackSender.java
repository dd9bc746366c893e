package org.wanotify.application.port.out;

/** POSTs a signed status callback to a caller's URL. */
public interface StatusCallbackSender {
    /**
     * Sends {@code callback} to {@code url} with {@code X-Wanotify-Signature: sha256=<HMAC of the body with secret>}.
     * Returns null when the receiver answered 2xx, else a short reason (status code, timeout) to retry on.
     */
    String post(String url, StatusCallback callback, String secret);
}
