package org.wanotify.application.port.in;

/** Sends stored messages to Meta as soon as they are due, paced per sending number. */
public interface DispatchMessagesUseCase extends AutoCloseable {
    /** Starts the dispatch workers. */
    void start();

    /** Tells the dispatcher that {@code account} has new work, so it need not wait for its next sweep. */
    void wake(String account);

    /** Stops taking new work and lets in-flight sends finish, within a few seconds. */
    @Override
    void close();
}
