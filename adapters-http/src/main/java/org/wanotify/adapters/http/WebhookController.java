package org.wanotify.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.in.HandleWebhookUseCase;
import org.wanotify.application.port.in.ReceiveWebhookUseCase;
import org.wanotify.application.port.in.TemplateStatusUpdate;

/** Meta's webhook: the subscription handshake ({@code GET}) and signed event deliveries ({@code POST}). */
final class WebhookController {

    static final String PATH = "/webhooks/whatsapp";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookController.class);

    private final HandleWebhookUseCase webhook;
    private final ReceiveWebhookUseCase intake;
    private final ObjectMapper lenient;
    private final JsonBodies json;

    WebhookController(HandleWebhookUseCase webhook, ReceiveWebhookUseCase intake, ObjectMapper lenient, JsonBodies json) {
        this.webhook = webhook;
        this.intake = intake;
        this.lenient = lenient;
        this.json = json;
    }

    void routes(RoutesConfig routes) {
        routes.get(PATH, this::verify);
        routes.post(PATH, this::receive);
    }

    private void verify(Context ctx) {
        String mode = ctx.queryParam("hub.mode");
        String token = ctx.queryParam("hub.verify_token");
        String challenge = ctx.queryParam("hub.challenge");
        Optional<String> answer = mode == null || token == null || challenge == null
                ? Optional.empty() : webhook.verifySubscription(mode, token, challenge);
        if (answer.isEmpty()) {
            throw new ProblemException(Problem.of(403, "forbidden", "Forbidden", "the verify token does not match"));
        }
        ctx.status(200).contentType("text/plain; charset=utf-8").result(answer.get());
    }

    private void receive(Context ctx) throws IOException {
        // the signature covers the exact bytes Meta sent, so they are kept as they came
        byte[] raw = RequestBodies.read(ctx, HttpApi.WEBHOOK_MAX_BODY_BYTES);
        JsonNode root;
        try {
            root = lenient.readTree(raw);
        } catch (JsonProcessingException e) {
            throw new ProblemException(Problem.of(400, "invalid-json", "Malformed JSON", "the webhook body is not valid JSON"));
        }
        if (root == null || !root.isObject()) {
            throw new ProblemException(Problem.of(400, "invalid-json", "Malformed JSON", "the webhook body is not a JSON object"));
        }
        List<String> phoneNumberIds = WebhookStatusParser.phoneNumberIds(root);
        // --- templates (issue 5): template events carry only the WABA id, so they are authenticated by it
        List<TemplateStatusUpdate> templateUpdates = WebhookTemplateParser.updates(root);
        boolean authentic = phoneNumberIds.isEmpty() && !templateUpdates.isEmpty()
                ? webhook.isAuthenticForWabas(raw, ctx.header("X-Hub-Signature-256"), WebhookTemplateParser.wabaIds(root))
                : webhook.isAuthentic(raw, ctx.header("X-Hub-Signature-256"), phoneNumberIds);
        if (!authentic) {
            LOG.warn("refused a webhook delivery with a missing or wrong signature for {}", phoneNumberIds);
            throw new ProblemException(Problem.of(401, "invalid-signature", "Invalid signature",
                    "X-Hub-Signature-256 is missing or does not match the body"));
        }
        if (!templateUpdates.isEmpty()) {
            LOG.debug("webhook delivery: {} template status events, {} changed a template", templateUpdates.size(),
                    webhook.applyTemplateStatuses(templateUpdates));
        }
        // --- end templates
        // Stored durably, then applied on another thread: Meta gets its 200 without waiting for the statuses.
        // A failure to store (database down) is a 500 on purpose: Meta then delivers the event again.
        intake.receive(raw);
        json.respond(ctx, 200, Map.of("received", true));
    }
}
