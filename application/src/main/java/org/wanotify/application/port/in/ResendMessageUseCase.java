package org.wanotify.application.port.in;

/** Sends a stored message again as a new message with the same content ({@code resent_from} points back). */
public interface ResendMessageUseCase {
    /**
     * @throws MessageNotFoundException when it does not exist or belongs to an account the caller cannot use
     */
    SendMessageResult resend(Caller caller, String id);
}
