package org.wanotify.adapters.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SQLite's single writer, made fast: write transactions from many threads are queued to one thread,
 * which runs up to {@value #MAX_BATCH} of them in one database transaction, each inside its own savepoint
 * (a failing one is rolled back alone and its caller gets the exception), and commits once. Callers
 * wait until the commit, so a returned write is durable like a transaction of its own. One commit per
 * batch instead of one per message is what lets the send path keep up with 1,000 messages/s.
 */
final class GroupCommit {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    private static final int MAX_BATCH = 256;

    private record Task<T>(HandleCallback<T, RuntimeException> work, CompletableFuture<T> result) {
        void run(Handle h, List<Runnable> completions) {
            // Plain SQL savepoints: SQLite keeps a savepoint after ROLLBACK TO, so it is released either way.
            h.execute("SAVEPOINT w");
            try {
                T value = work.withHandle(h);
                h.execute("RELEASE w");
                completions.add(() -> result.complete(value));
            } catch (RuntimeException e) {
                h.execute("ROLLBACK TO w");
                h.execute("RELEASE w");
                completions.add(() -> result.completeExceptionally(e));
            }
        }
    }

    private final Jdbi jdbi;
    private final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writer;

    GroupCommit(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.writer = new Thread(this::loop, "wanotify-sqlite-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Runs {@code work} in a write transaction (shared with others) and returns its result once committed. */
    <T> T write(HandleCallback<T, RuntimeException> work) {
        if (Thread.currentThread() == writer) {
            throw new IllegalStateException("nested write transaction");
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        queue.add(new Task<>(work, result));
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void loop() {
        List<Task<?>> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("write batch of {} failed", batch.size(), e);
                batch.forEach(t -> t.result().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Task<?>> batch) {
        List<Runnable> completions = new ArrayList<>(batch.size());
        jdbi.useTransaction(h -> {
            for (Task<?> task : batch) {
                task.run(h, completions);
            }
        });
        completions.forEach(Runnable::run);
    }
}
