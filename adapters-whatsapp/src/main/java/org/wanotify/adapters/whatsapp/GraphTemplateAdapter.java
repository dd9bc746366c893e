package org.wanotify.adapters.whatsapp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.out.CreatedTemplate;
import org.wanotify.application.port.out.RemoteTemplate;
import org.wanotify.application.port.out.TemplateGateway;
import org.wanotify.application.port.out.TemplateGatewayException;
import org.wanotify.domain.DomainException;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.template.TemplateDefinition;
import org.wanotify.domain.template.TemplateShape;
import org.wanotify.domain.template.TemplateStatus;

/**
 * Meta's template management API: {@code POST /{version}/{WABA-ID}/message_templates} to create, and the paged
 * {@code GET} of the same path to list (following {@code paging.cursors.after} while {@code paging.next} is present).
 */
public final class GraphTemplateAdapter implements TemplateGateway {
    private static final Logger LOG = LoggerFactory.getLogger(GraphTemplateAdapter.class);
    private static final String FIELDS = "id,name,language,status,category,parameter_format,components,rejected_reason";
    private static final int PAGE_SIZE = 100;
    private static final int MAX_PAGES = 100;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final GraphApiConfig config;
    private final int pageSize;
    private final HttpClient client;
    private final ObjectMapper json = new ObjectMapper();

    public GraphTemplateAdapter(GraphApiConfig config) {
        this(config, PAGE_SIZE);
    }

    GraphTemplateAdapter(GraphApiConfig config, int pageSize) {
        this.config = config;
        this.pageSize = pageSize;
        this.client = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .version(config.baseUrl().startsWith("https:") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public CreatedTemplate create(Account account, TemplateDefinition definition) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(TemplateShape.toMap(definition));
        } catch (IOException e) {
            throw new TemplateGatewayException("cannot write the template as JSON");
        }
        JsonNode answer = call(account, HttpRequest.newBuilder(URI.create(base(account)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)), "creating " + definition.name());
        String id = answer.path("id").asText(null);
        if (id == null) {
            throw new TemplateGatewayException("Meta's answer to the template creation has no id");
        }
        return new CreatedTemplate(id, TemplateStatus.fromMeta(answer.path("status").asText(null)).orElse(TemplateStatus.PENDING));
    }

    @Override
    public List<RemoteTemplate> list(Account account) {
        List<RemoteTemplate> all = new ArrayList<>();
        String after = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            String url = base(account) + "?fields=" + FIELDS + "&limit=" + pageSize
                    + (after == null ? "" : "&after=" + URLEncoder.encode(after, StandardCharsets.UTF_8));
            JsonNode answer = call(account, HttpRequest.newBuilder(URI.create(url)).GET(), "listing templates");
            for (JsonNode item : answer.path("data")) {
                all.add(remote(item));
            }
            // Only the cursor is followed, never the next URL itself: the bearer token must go to the configured host only.
            after = answer.path("paging").path("cursors").path("after").asText(null);
            if (answer.path("paging").path("next").isMissingNode() || after == null) {
                return all;
            }
        }
        LOG.warn("stopped listing templates of account {} after {} pages", account.name(), MAX_PAGES);
        return all;
    }

    private RemoteTemplate remote(JsonNode item) {
        String name = item.path("name").asText(null);
        String language = item.path("language").asText(null);
        TemplateDefinition definition = null;
        try {
            definition = TemplateShape.fromMap(json.convertValue(item, MAP), false);
        } catch (DomainException | IllegalArgumentException e) {
            LOG.info("template {} ({}) on Meta cannot be modelled locally: {}", name, language, e.getMessage());
        }
        String reason = item.path("rejected_reason").asText(null);
        return new RemoteTemplate(item.path("id").asText(null), name, language,
                TemplateStatus.fromMeta(item.path("status").asText(null)).orElse(null), reason, definition);
    }

    private String base(Account account) {
        if (account.wabaId() == null) {
            throw new TemplateGatewayException("account " + account.name() + " has no WhatsApp Business Account id");
        }
        return config.baseUrl() + "/" + account.apiVersion() + "/" + account.wabaId() + "/message_templates";
    }

    private JsonNode call(Account account, HttpRequest.Builder request, String what) {
        if (account.accessToken() == null) {
            throw new TemplateGatewayException("no access token is configured for account " + account.name());
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(request.timeout(config.requestTimeout())
                    .header("Authorization", "Bearer " + account.accessToken().reveal()).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new TemplateGatewayException("Meta could not be reached while " + what + ": " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TemplateGatewayException("interrupted while " + what);
        }
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (IOException e) {
            body = null;
        }
        if (response.statusCode() / 100 != 2 || body == null || body.has("error")) {
            JsonNode error = body == null ? json.nullNode() : body.path("error");
            String message = error.path("error_user_msg").asText(error.path("message").asText("HTTP " + response.statusCode()));
            String details = error.path("error_data").path("details").asText(null);
            message = details == null ? message : message + ": " + details;
            throw new TemplateGatewayException("Meta refused " + what + " (code " + error.path("code").asInt(0) + "): " + message);
        }
        return body;
    }
}
