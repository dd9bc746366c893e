package org.wanotify.adapters.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** The real HttpApi on a random port with stub use cases, and a plain java.net.http client to talk to it. */
final class ApiHarness implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final StubUseCases stubs = new StubUseCases();
    private final HttpApi api;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    ApiHarness() {
        this(HttpConfig.DEFAULT_MAX_BODY_BYTES);
    }

    ApiHarness(int maxBodyBytes) {
        api = new HttpApi(new HttpConfig("127.0.0.1", 0, maxBodyBytes), stubs, stubs, stubs, stubs, stubs, stubs, stubs, stubs).start();
    }

    HttpResponse<String> get(String path, Map<String, String> headers) {
        return send(builder(path, headers).GET().build());
    }

    HttpResponse<String> post(String path, String body, Map<String, String> headers) {
        return post(path, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    HttpResponse<String> post(String path, byte[] body, Map<String, String> headers) {
        return send(builder(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    /** Without Content-Length: the client streams the body chunked. */
    HttpResponse<String> postChunked(String path, byte[] body, Map<String, String> headers) {
        return send(builder(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
    }

    HttpResponse<String> request(String method, String path, Map<String, String> headers) {
        return send(builder(path, headers).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpRequest.Builder builder(String path, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                .timeout(Duration.ofSeconds(10));
        headers.forEach(b::header);
        return b;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int port() {
        return api.port();
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    /** Asserts an RFC 9457 problem with {@code status} and returns its body. */
    static JsonNode problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response::body);
        String type = response.headers().firstValue("Content-Type").orElse("");
        assertTrue(type.startsWith("application/problem+json"), () -> "content type " + type + ": " + response.body());
        JsonNode body = json(response);
        assertEquals(status, body.path("status").asInt(), response::body);
        assertTrue(body.path("type").isTextual() && body.path("title").isTextual() && body.path("detail").isTextual(),
                response::body);
        assertTrue(!response.body().contains("Exception") && !response.body().contains("\tat "), response::body);
        return body;
    }

    static String firstErrorField(JsonNode problem) {
        return problem.path("errors").path(0).path("field").asText(null);
    }

    @Override
    public void close() {
        api.close();
    }
}
