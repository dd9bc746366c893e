package org.wanotify.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Graph API stand-in for resilience tests: per recipient it answers from a script of failures (then accepts),
 * checks the bearer token like Meta (401, code 190), and records every send with its arrival time and token.
 */
final class ScriptedGraph implements AutoCloseable {
    /** One scripted answer. */
    enum Answer { SERVER_ERROR, DROP_CONNECTION, TIMEOUT, RATE_LIMIT, PAIR_LIMIT, UNDELIVERABLE, TOKEN_EXPIRED }

    record Received(long nanos, String to, String token, String messageId) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final AtomicInteger wamids = new AtomicInteger();
    final List<Received> sends = Collections.synchronizedList(new ArrayList<>());
    final List<Received> accepted = Collections.synchronizedList(new ArrayList<>());
    private volatile String token;

    ScriptedGraph(String token) throws IOException {
        this.token = token;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Meta now accepts {@code token} (and no other). */
    void acceptToken(String newToken) {
        this.token = newToken;
    }

    /** The next sends to {@code to} get these answers, in order; after them {@code to} is accepted. */
    ScriptedGraph script(String to, Answer... answers) {
        scripts.computeIfAbsent(to, k -> new ArrayDeque<>()).addAll(List.of(answers));
        return this;
    }

    long sendsTo(String to) {
        synchronized (sends) {
            return sends.stream().filter(r -> r.to().equals(to)).count();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        try (exchange) {
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            String presented = auth != null && auth.startsWith("Bearer ") ? auth.substring(7) : "";
            boolean tokenOk = presented.equals(token);
            if ("GET".equals(exchange.getRequestMethod())) {
                if (tokenOk) {
                    respond(exchange, 200, "{\"id\":\"1\",\"display_phone_number\":\"+1 555 0100\",\"verified_name\":\"Test\"}");
                } else {
                    respond(exchange, 401, error(190, "Error validating access token: Session has expired"));
                }
                return;
            }
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            String to = body.path("to").asText();
            Received received = new Received(arrived, to, presented, body.path("biz_opaque_callback_data").asText());
            sends.add(received);
            if (!tokenOk) {
                respond(exchange, 401, error(190, "Error validating access token: Session has expired"));
                return;
            }
            Deque<Answer> script = scripts.get(to);
            Answer answer;
            synchronized (this) {
                answer = script == null ? null : script.poll();
            }
            if (answer == null) {
                accepted.add(received);
                respond(exchange, 200, "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + to + "\",\"wa_id\":\""
                        + to.substring(1) + "\"}],\"messages\":[{\"id\":\"wamid.S" + wamids.incrementAndGet() + "\"}]}");
                return;
            }
            switch (answer) {
                case SERVER_ERROR -> respond(exchange, 500, "upstream trouble");
                case DROP_CONNECTION -> {
                    // Closing the exchange without an answer drops the connection: a network error for the client.
                }
                case TIMEOUT -> {
                    // Longer than wanotify's 20 s request timeout: the message reached "Meta", the answer never comes back.
                    try {
                        Thread.sleep(21_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                case RATE_LIMIT -> respond(exchange, 400, error(130429, "Rate limit hit"));
                case PAIR_LIMIT -> respond(exchange, 400, error(131056, "(Business Account, Consumer Account) pair rate limit hit"));
                case UNDELIVERABLE -> respond(exchange, 400, error(131026, "Message undeliverable"));
                case TOKEN_EXPIRED -> respond(exchange, 401, error(190, "Error validating access token: Session has expired"));
            }
        }
    }

    private static String error(int code, String title) {
        return "{\"error\":{\"message\":\"(#" + code + ") " + title + "\",\"type\":\"OAuthException\",\"code\":" + code
                + ",\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"" + title + "\"},\"fbtrace_id\":\"trace-" + code + "\"}}";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 500 ? "text/plain" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
