package org.wanotify.application.port.in;

/** Accepts one message, stores it durably as queued and hands it to the dispatcher. */
public interface SendMessageUseCase {
    SendMessageResult send(SendMessageCommand command);
}
