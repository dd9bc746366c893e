package org.wanotify.adapters.whatsapp;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.out.AccountProbe;
import org.wanotify.application.port.out.OutboundMessage;
import org.wanotify.application.port.out.SendOutcome;
import org.wanotify.application.port.out.WhatsAppGateway;
import org.wanotify.domain.account.Account;

/**
 * Sends messages through the Cloud API with one shared {@link HttpClient}: at most {@code maxInFlight} requests are
 * open at once ({@link #send} blocks the caller beyond that), and every problem becomes a {@link SendOutcome}.
 */
public final class GraphApiAdapter implements WhatsAppGateway, AccountProbe, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GraphApiAdapter.class);

    private final GraphApiConfig config;
    private final ExecutorService executor;
    private final HttpClient client;
    private final ObjectMapper json;
    private final GraphMessageMapper mapper = new GraphMessageMapper();
    private final GraphResponseParser parser;
    private final Semaphore inFlight;

    public GraphApiAdapter(GraphApiConfig config) {
        this.config = config;
        // A small fixed pool: the client is non-blocking, so its callbacks need few threads, and a burst creates none.
        this.executor = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                daemonThreads("graph-http-"));
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                // Plain http (the sandbox) would otherwise try an h2c upgrade the JDK server does not speak.
                .version(config.baseUrl().startsWith("https:") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .executor(executor)
                .build();
        this.json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.parser = new GraphResponseParser(json);
        this.inFlight = new Semaphore(config.maxInFlight());
        warnAboutThreadPerResponse();
    }

    private static void warnAboutThreadPerResponse() {
        // JDK 17's sendAsync hands each response to CompletableFuture's default executor, which is a new thread per
        // task when the common pool's parallelism is 1 (machines with 2 CPUs or fewer).
        if (ForkJoinPool.getCommonPoolParallelism() < 2) {
            LOG.warn("The JVM's common pool has parallelism {}, so java.net.http starts one thread per response;"
                    + " start the JVM with -Djava.util.concurrent.ForkJoinPool.common.parallelism=2 for high send rates",
                    ForkJoinPool.getCommonPoolParallelism());
        }
    }

    @Override
    public CompletableFuture<SendOutcome> send(Account account, OutboundMessage message) {
        if (account.accessToken() == null) {
            // Same remedy as Meta's 190 (set a token), so the caller pauses the account instead of retrying.
            return done(message, new SendOutcome.Rejected(401, 190, null, "No access token is configured for account "
                    + account.name(), null, null), 0);
        }
        if (account.phoneNumberId() == null) {
            return done(message, new SendOutcome.Rejected(400, 100, 33, "No phone_number_id is configured for account "
                    + account.name(), null, null), 0);
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri(account))
                    .timeout(config.requestTimeout())
                    .header("Authorization", "Bearer " + account.accessToken().reveal())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(mapper.toRequest(message))))
                    .build();
        } catch (Exception e) {
            return done(message, new SendOutcome.Unreachable("could not build the request: " + e.getClass().getSimpleName(), false), 0);
        }
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return done(message, new SendOutcome.Unreachable("interrupted before sending", false), 0);
        }
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> exchange;
        try {
            exchange = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (RuntimeException e) {
            inFlight.release();
            return done(message, new SendOutcome.Unreachable("could not start the request: " + e.getClass().getSimpleName(), false), started);
        }
        return exchange.handle((response, failure) -> {
            inFlight.release();
            SendOutcome outcome;
            try {
                outcome = failure == null ? parser.parse(response.statusCode(), response.body())
                        : TransportFailures.toOutcome(failure, config);
            } catch (RuntimeException e) {
                outcome = new SendOutcome.Unreachable("could not read Meta's answer: " + e.getClass().getSimpleName(), true);
            }
            log(message, outcome, started);
            return outcome;
        });
    }

    /** {@code GET /{version}/{phone-number-id}}: the cheapest call that needs a working token and number. */
    @Override
    public Optional<String> problem(Account account) {
        if (account.accessToken() == null || account.phoneNumberId() == null) {
            return Optional.of("no access token or phone number id is configured");
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(config.baseUrl() + "/" + account.apiVersion() + "/"
                        + account.phoneNumberId()))
                .timeout(config.requestTimeout())
                .header("Authorization", "Bearer " + account.accessToken().reveal())
                .GET().build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 200) {
                return Optional.empty();
            }
            SendOutcome outcome = parser.parse(response.statusCode(), response.body());
            if (outcome instanceof SendOutcome.Rejected r) {
                return Optional.of("Meta error " + r.code() + ": " + r.title());
            }
            return Optional.of("HTTP " + response.statusCode());
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.of("Graph API unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /** Stops the client's callback threads; sends still open complete as unreachable or not at all. */
    @Override
    public void close() {
        executor.shutdownNow();
    }

    private URI uri(Account account) {
        return URI.create(config.baseUrl() + "/" + account.apiVersion() + "/" + account.phoneNumberId() + "/messages");
    }

    private static CompletableFuture<SendOutcome> done(OutboundMessage message, SendOutcome outcome, long started) {
        log(message, outcome, started);
        return CompletableFuture.completedFuture(outcome);
    }

    private static void log(OutboundMessage message, SendOutcome outcome, long started) {
        long millis = started == 0 ? 0 : (System.nanoTime() - started) / 1_000_000;
        // Recipient.toString() masks the number; the token is never part of an outcome.
        if (outcome instanceof SendOutcome.Accepted a) {
            LOG.debug("Graph send {} to {} accepted as {} in {} ms", message.id(), message.to(), a.wamid(), millis);
        } else if (outcome instanceof SendOutcome.Rejected r) {
            LOG.warn("Graph send {} to {} rejected: HTTP {} code {} '{}' ({}) fbtrace_id={} in {} ms", message.id(), message.to(),
                    r.httpStatus(), r.code(), r.title(), r.details(), r.fbtraceId(), millis);
        } else if (outcome instanceof SendOutcome.Unreachable u) {
            LOG.warn("Graph send {} to {} failed: {} (may have arrived: {}) in {} ms", message.id(), message.to(),
                    u.reason(), u.mayHaveArrived(), millis);
        }
    }

    static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
