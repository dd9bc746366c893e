package org.wanotify.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A Graph API stand-in that accepts any number id and token, remembers what each send carried, and accepts it. */
final class GraphStub implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Send(String path, String authorization, JsonNode body) {
    }

    private final HttpServer server;
    private final List<Send> sends = new CopyOnWriteArrayList<>();
    private final AtomicInteger wamids = new AtomicInteger();

    GraphStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            sends.add(new Send(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"), body));
            String to = body.path("to").asText();
            byte[] answer = ("{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + to + "\",\"wa_id\":\""
                    + to.replace("+", "") + "\"}],\"messages\":[{\"id\":\"wamid.STUB" + wamids.incrementAndGet() + "\"}]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Send> sends() {
        return List.copyOf(sends);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
