package org.wanotify.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/** The real application started in-process on a free port, with a tiny JSON client for tests. */
final class RunningWanotify implements AutoCloseable {
    static final String ADMIN_KEY = "test-admin-key-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    final Wanotify app;

    RunningWanotify(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(Map.of("WANOTIFY_PORT", "0", "WANOTIFY_ADMIN_API_KEY", ADMIN_KEY,
                "WANOTIFY_DASHBOARD_PORT", "0"));
        all.putAll(env);
        app = Wanotify.start(WanotifyConfig.from(new Settings(all)));
    }

    record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    }

    Reply post(String path, String json, Map<String, String> headers) {
        HttpRequest.Builder b = request(path).POST(HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
        headers.forEach(b::header);
        return send(b.build());
    }

    Reply get(String path) {
        return send(request(path).GET().build());
    }

    /** Polls {@code path} until {@code done} holds or 15 s pass; returns the last reply. */
    Reply getUntil(String path, Predicate<JsonNode> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        Reply r = get(path);
        while (!done.test(r.body()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            r = get(path);
        }
        return r;
    }

    /** Any method, with {@code key} as the API key (null: none) and {@code json} as the body (null: none). */
    Reply call(String method, String path, String json, String key) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(40))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return send(b.build());
    }

    /** Sends a request built by the test (raw bodies, odd headers). */
    Reply exchange(HttpRequest request) {
        return send(request);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Authorization", "Bearer " + ADMIN_KEY).timeout(Duration.ofSeconds(40));
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = r.body().isBlank() ? JSON.nullNode() : JSON.readTree(r.body());
            return new Reply(r.statusCode(), body, r);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.close();
    }
}
