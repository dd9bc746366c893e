package org.wanotify.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.wanotify.application.port.out.StatusCallback;
import org.wanotify.application.port.out.StatusCallbackSender;

/** POSTs client callbacks as API.md shows them, signed with {@code X-Wanotify-Signature: sha256=<hex HMAC-SHA256>}. */
public final class StatusCallbackHttpAdapter implements StatusCallbackSender {
    public static final String SIGNATURE_HEADER = "X-Wanotify-Signature";

    private final HttpClient client;
    private final Duration timeout;
    private final ObjectMapper mapper = JsonMappers.strict();

    public StatusCallbackHttpAdapter(Duration timeout) {
        this.timeout = timeout;
        // redirects are not followed: a callback URL answering 3xx is a misconfiguration to surface, not to chase
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String post(String url, StatusCallback callback, String secret) {
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(StatusCallbackView.of(callback));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a status callback", e);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "wanotify-callbacks")
                .header(SIGNATURE_HEADER, signature(secret, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (HttpTimeoutException e) {
            return "timeout after " + timeout.toSeconds() + " s";
        } catch (IOException e) {
            return "connection failed: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** {@code sha256=} and the hex HMAC-SHA256 of {@code body} keyed with {@code secret}. */
    public static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
