package org.wanotify.adapters.whatsapp.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A stand-in for Meta's Cloud API on the JDK's HTTP server (loopback only): it checks the bearer token and the
 * phone number id, answers sends the way Meta does, and then posts signed {@code sent}, {@code delivered} and
 * {@code read} status webhooks. It serves as wanotify's embedded default when no token is configured and as the
 * Graph peer of tests and benchmarks.
 *
 * <p>Endpoints: {@code POST /{version}/{phone-number-id}/messages} and {@code GET /{version}/{phone-number-id}},
 * and {@code POST}/{@code GET /{version}/{WABA-ID}/message_templates} ({@link SandboxTemplates}).
 * Failures answer with Meta's error JSON: a wrong or missing bearer token gives HTTP 401 code 190; an unknown phone
 * number id gives 400 code 100 subcode 33; a body that is not JSON or lacks {@code messaging_product}, {@code to}
 * or {@code type} gives 400 code 100 naming the field; a missing type object gives 400 code 131008.
 *
 * <p>Magic recipients, matched on the last seven digits of {@code to} (the examples are valid Tanzanian mobiles):
 * <table>
 *   <caption>Recipients that make the simulator fail</caption>
 *   <tr><th>ending</th><th>example</th><th>answer</th></tr>
 *   <tr><td>0000026</td><td>+255700000026</td><td>HTTP 400, code 131026 "Message undeliverable", no webhooks</td></tr>
 *   <tr><td>0130429</td><td>+255700130429</td><td>HTTP 400, code 130429 "Rate limit hit" (subcode 2494055)</td></tr>
 *   <tr><td>0000500</td><td>+255700000500</td><td>HTTP 500 with a plain-text body (no error JSON)</td></tr>
 *   <tr><td>0000408</td><td>+255700000408</td><td>no answer for 30 s, then accepted as usual (for timeouts)</td></tr>
 * </table>
 * Every other number is accepted. The last {@value #MAX_RECORDED} requests are kept for {@link #receivedRequests()}.
 */
public final class CloudApiSimulator implements AutoCloseable {
    public static final String UNDELIVERABLE_ENDING = SimulatedCloudApi.UNDELIVERABLE_ENDING;
    public static final String RATE_LIMITED_ENDING = SimulatedCloudApi.RATE_LIMITED_ENDING;
    public static final String SERVER_ERROR_ENDING = SimulatedCloudApi.SERVER_ERROR_ENDING;
    public static final String SLOW_ENDING = SimulatedCloudApi.SLOW_ENDING;
    static final int MAX_RECORDED = 10_000;

    private static final Logger LOG = LoggerFactory.getLogger(CloudApiSimulator.class);

    private final SandboxConfig config;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService scheduler;
    private final SimulatedCloudApi api;
    private final SandboxTemplates templates;
    private final Deque<SimulatedRequest> received = new ArrayDeque<>();
    private final byte[] expectedAuthorization;

    public CloudApiSimulator(SandboxConfig config) throws IOException {
        this.config = config;
        this.expectedAuthorization = ("Bearer " + config.accessToken()).getBytes(StandardCharsets.UTF_8);
        // Bound first, so a taken port fails before any thread exists.
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 512);
        this.handlers = Executors.newFixedThreadPool(Math.max(4, 2 * Runtime.getRuntime().availableProcessors()),
                daemonThreads("sandbox-http-"));
        this.scheduler = Executors.newScheduledThreadPool(2, daemonThreads("sandbox-webhooks-"));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(scheduler).build();
        this.api = new SimulatedCloudApi(config, json, new StatusWebhooks(config, scheduler, client, json));
        this.templates = new SandboxTemplates(config, json, scheduler, client);
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
        LOG.info("Cloud API sandbox listening on {} (nothing reaches real WhatsApp)", baseUrl());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>}, to be used as the Graph base URL. */
    public String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + port();
    }

    public SandboxConfig config() {
        return config;
    }

    /** The simulated template management of the WABA (issue 5). */
    public SandboxTemplates templates() {
        return templates;
    }

    /** The requests received so far, oldest first. */
    public List<SimulatedRequest> receivedRequests() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public void clear() {
        synchronized (received) {
            received.clear();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        scheduler.shutdownNow();
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) {
        Answer answer;
        try {
            byte[] raw;
            try (InputStream in = exchange.getRequestBody()) {
                raw = in.readAllBytes();
            }
            JsonNode body = parse(raw);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            boolean bearerMatched = authorization != null
                    && MessageDigest.isEqual(expectedAuthorization, authorization.getBytes(StandardCharsets.UTF_8));
            record(exchange, bearerMatched, body);
            java.util.regex.Matcher templatePath = SandboxTemplates.PATH.matcher(exchange.getRequestURI().getPath());
            if (templatePath.matches() && !bearerMatched) {
                answer = SimulatorAnswers.error(401, "Error validating access token: The session is invalid because the user logged out.",
                        "OAuthException", 190, 467, null);
            } else if (templatePath.matches()) {
                answer = templates.answer(exchange.getRequestMethod(), templatePath, exchange.getRequestURI().getRawQuery(), body);
            } else {
                answer = api.answer(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), bearerMatched, raw, body);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Sandbox failed on {} {}: {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e.toString());
            answer = SimulatorAnswers.plain(500, "Internal Server Error");
        }
        if (answer.delay() != null) {
            // Answered later from the scheduler so a slow answer holds no handler thread.
            Answer later = answer.withoutDelay();
            scheduler.schedule(() -> respondQuietly(exchange, later), answer.delay().toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        respondQuietly(exchange, answer);
    }

    private JsonNode parse(byte[] raw) {
        if (raw.length == 0) {
            return null;
        }
        try {
            return json.readTree(raw);
        } catch (IOException e) {
            return null;
        }
    }

    private void record(HttpExchange exchange, boolean bearerMatched, JsonNode body) {
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Authorization")) {
                headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values));
            }
        });
        SimulatedRequest request = new SimulatedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                headers, bearerMatched, body);
        synchronized (received) {
            if (received.size() >= MAX_RECORDED) {
                received.removeFirst();
            }
            received.addLast(request);
        }
    }

    private void respondQuietly(HttpExchange exchange, Answer answer) {
        try (exchange) {
            respond(exchange, answer);
        } catch (IOException e) {
            LOG.debug("Sandbox could not deliver a delayed answer: {}", e.toString());
        }
    }

    private static void respond(HttpExchange exchange, Answer answer) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), answer.body().length);
        exchange.getResponseBody().write(answer.body());
    }

    static java.util.concurrent.ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
