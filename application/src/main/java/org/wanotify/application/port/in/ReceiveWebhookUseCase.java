package org.wanotify.application.port.in;

/** Takes a verified webhook delivery: stores it durably and applies it in the background. */
public interface ReceiveWebhookUseCase {
    /** Returns once the delivery is stored; it is applied afterwards, on another thread. */
    void receive(byte[] rawBody);
}
