package org.wanotify.application.service;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.in.DispatchMessagesUseCase;
import org.wanotify.application.port.out.AccountDirectory;
import org.wanotify.application.port.out.MessageStore;
import org.wanotify.application.port.out.OutboundMessage;
import org.wanotify.application.port.out.SendPacer;
import org.wanotify.application.port.out.WhatsAppGateway;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.notification.Notification;

/**
 * One worker thread per account claims due messages in batches, paces them to the number's
 * messages-per-second and sends them asynchronously; outcomes are recorded by {@link OutcomeRecorder}.
 * New messages wake their worker at once; a sweep every second picks up retries that became due.
 */
public final class DispatchService implements DispatchMessagesUseCase {
    private static final Logger LOG = LoggerFactory.getLogger(DispatchService.class);
    private static final int BATCH = 200;

    private final AccountDirectory accounts;
    private final MessageStore store;
    private final WhatsAppGateway gateway;
    private final SendPacer pacer;
    private final OutcomeRecorder recorder;
    private final Clock clock;
    private final Semaphore inFlight;
    private final int maxInFlight;
    private final Map<String, Worker> workers = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final ExecutorService recording = Executors.newFixedThreadPool(2, daemon("wanotify-outcomes"));
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(daemon("wanotify-sweep"));

    public DispatchService(AccountDirectory accounts, MessageStore store, WhatsAppGateway gateway, SendPacer pacer,
                           OutcomeRecorder recorder, Clock clock, int maxInFlight) {
        this.accounts = accounts;
        this.store = store;
        this.gateway = gateway;
        this.pacer = pacer;
        this.recorder = recorder;
        this.clock = clock;
        this.maxInFlight = maxInFlight;
        this.inFlight = new Semaphore(maxInFlight);
    }

    @Override
    public void start() {
        if (running.compareAndSet(false, true)) {
            sweeper.scheduleWithFixedDelay(this::sweep, 0, 1, TimeUnit.SECONDS);
        }
    }

    private void sweep() {
        try {
            for (Account account : accounts.all()) {
                wake(account.name());
            }
        } catch (RuntimeException e) {
            LOG.warn("dispatch sweep failed: {}", e.toString());
        }
    }

    @Override
    public void wake(String account) {
        if (!running.get()) {
            return;
        }
        workers.computeIfAbsent(account, Worker::new).signal();
    }

    @Override
    public void close() {
        if (!running.compareAndSet(true, false)) {
            return;
        }
        sweeper.shutdownNow();
        workers.values().forEach(Worker::stop);
        try {
            // Give in-flight sends up to 6 s to come back so their outcome is recorded, not left in doubt; with the
            // HTTP server's stop and the 1 s below, a SIGTERM'd process is gone within 10 s.
            if (inFlight.tryAcquire(maxInFlight, 6, TimeUnit.SECONDS)) {
                inFlight.release(maxInFlight);
            } else {
                LOG.warn("{} sends still in flight at shutdown; they stay 'sending' until Meta's status webhook or the in-doubt grace period",
                        maxInFlight - inFlight.availablePermits());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        recording.shutdown();
        try {
            recording.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void dispatchDue(String accountName) throws InterruptedException {
        List<Notification> batch;
        do {
            Account account = accounts.find(accountName).orElse(null);
            if (account == null || account.isPaused() || !running.get()) {
                return;
            }
            // Claim about a second's worth: what is claimed but unsent is 'sending' if the process dies.
            int limit = Math.max(1, Math.min(BATCH, account.mps()));
            batch = store.claimDue(accountName, clock.instant(), limit);
            for (int i = 0; i < batch.size(); i++) {
                Notification message = batch.get(i);
                // The account may have been paused (by an outcome recorded meanwhile) after this batch was claimed.
                Account current = accounts.find(accountName).orElse(null);
                if (!running.get() || current == null || current.isPaused()) {
                    recorder.returnToQueue(batch.subList(i, batch.size()));
                    return;
                }
                account = current;
                pacer.acquire(account);
                inFlight.acquire();
                send(account, message);
            }
        } while (!batch.isEmpty());
    }

    private void send(Account account, Notification message) {
        try {
            gateway.send(account, new OutboundMessage(message.id(), message.to(), message.content()))
                    .whenCompleteAsync((outcome, error) -> {
                        try {
                            recorder.record(account, message, outcome, error);
                        } finally {
                            inFlight.release();
                        }
                    }, recording);
        } catch (RuntimeException e) {
            inFlight.release();
            recorder.record(account, message, null, e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** The loop of one account: sleeps until signalled (or a second passes), then sends everything due. */
    private final class Worker implements Runnable {
        private final String account;
        private final Semaphore signals = new Semaphore(0);
        private final Thread thread;

        Worker(String account) {
            this.account = account;
            this.thread = new Thread(this, "wanotify-dispatch-" + account);
            this.thread.setDaemon(true);
            this.thread.start();
        }

        void signal() {
            if (signals.availablePermits() == 0) {
                signals.release();
            }
        }

        void stop() {
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void run() {
            while (running.get()) {
                try {
                    signals.tryAcquire(1, TimeUnit.SECONDS);
                    signals.drainPermits();
                    dispatchDue(account);
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    LOG.error("dispatch of account {} failed; retrying in a second", account, e);
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException ie) {
                        return;
                    }
                }
            }
        }
    }
}
