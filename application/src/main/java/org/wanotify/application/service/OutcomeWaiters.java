package org.wanotify.application.service;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.wanotify.domain.notification.MessageId;

/** Lets a {@code ?wait=N} request sleep until the dispatcher or a webhook records the message's first outcome. */
public final class OutcomeWaiters {
    private final Map<MessageId, CompletableFuture<Void>> waiting = new ConcurrentHashMap<>();

    /** Registers interest before the outcome can happen, so it cannot be missed. */
    public CompletableFuture<Void> register(MessageId id) {
        return waiting.computeIfAbsent(id, k -> new CompletableFuture<>());
    }

    /** Waits up to {@code timeout}; returns whether the outcome arrived. */
    public boolean await(MessageId id, CompletableFuture<Void> registration, Duration timeout) {
        try {
            registration.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        } finally {
            waiting.remove(id, registration);
        }
    }

    /** Wakes whoever waits for {@code id}. */
    public void completed(MessageId id) {
        CompletableFuture<Void> f = waiting.remove(id);
        if (f != null) {
            f.complete(null);
        }
    }
}
