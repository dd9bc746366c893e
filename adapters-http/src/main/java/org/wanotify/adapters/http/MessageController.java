package org.wanotify.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.wanotify.application.port.in.Caller;
import org.wanotify.application.port.in.GetMessageUseCase;
import org.wanotify.application.port.in.ListMessagesQuery;
import org.wanotify.application.port.in.ListMessagesUseCase;
import org.wanotify.application.port.in.SendMessageCommand;
import org.wanotify.application.port.in.SendMessageResult;
import org.wanotify.application.port.in.SendMessageUseCase;
import org.wanotify.domain.notification.MessageId;
import org.wanotify.domain.notification.MessageStatus;

/** {@code /v1/messages}: send one message, read one, list them. */
final class MessageController {

    static final int MAX_IDEMPOTENCY_KEY = 255;
    static final int MAX_WAIT_SECONDS = 30;
    static final int MAX_LIMIT = 100;
    private static final String STATUSES = Arrays.stream(MessageStatus.values())
            .map(MessageStatus::wireName).collect(Collectors.joining(", "));

    private final SendMessageUseCase send;
    private final GetMessageUseCase get;
    private final ListMessagesUseCase list;
    private final JsonBodies json;
    private final int maxBodyBytes;

    MessageController(SendMessageUseCase send, GetMessageUseCase get, ListMessagesUseCase list, JsonBodies json,
                      int maxBodyBytes) {
        this.send = send;
        this.get = get;
        this.list = list;
        this.json = json;
        this.maxBodyBytes = maxBodyBytes;
    }

    void routes(RoutesConfig routes) {
        routes.post("/v1/messages", this::send);
        routes.get("/v1/messages", this::list);
        routes.get("/v1/messages/{id}", this::get);
    }

    private void send(Context ctx) throws IOException {
        Caller caller = ApiKeyAuth.caller(ctx);
        String idempotencyKey = idempotencyKey(ctx);
        Duration waitFor = Duration.ofSeconds(intParam(ctx, "wait", 0, MAX_WAIT_SECONDS, 0));
        JsonNode tree = json.readObject(RequestBodies.read(ctx, maxBodyBytes));
        SendMessageRequest request = json.convert(tree, SendMessageRequest.class);
        String fingerprint = Fingerprint.of(json.mapper(), tree);
        SendMessageCommand command = SendMessageTranslator.toCommand(request, caller, idempotencyKey, fingerprint, waitFor);
        SendMessageResult result = send.send(command);
        if (result.replayed()) {
            ctx.header("Idempotent-Replayed", "true");
        }
        if (result.replayed() || result.waited()) {
            json.respond(ctx, 200, MessageView.of(result.message()));
            return;
        }
        ctx.header("Location", "/v1/messages/" + result.message().id().value());
        json.respond(ctx, 202, MessageSummaryView.of(result.message(), result.warning()));
    }

    private void get(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        // a malformed id cannot exist: 404 like any other unknown message, not a validation error
        if (!MessageId.isValid(id)) {
            throw new ProblemException(Problem.of(404, "not-found", "Not found", "no message with that id"));
        }
        json.respond(ctx, 200, MessageView.of(get.get(ApiKeyAuth.caller(ctx), id)));
    }

    private void list(Context ctx) throws IOException {
        String status = ctx.queryParam("status");
        if (status != null && Arrays.stream(MessageStatus.values()).noneMatch(s -> s.wireName().equals(status))) {
            throw ProblemException.badRequest("status", "must be one of " + STATUSES);
        }
        Integer limit = ctx.queryParam("limit") == null ? null : intParam(ctx, "limit", 1, MAX_LIMIT, 20);
        String to = textParam(ctx, "to", 64);
        String cursor = textParam(ctx, "cursor", 256);
        ListMessagesQuery query = new ListMessagesQuery(status, to, limit, cursor);
        json.respond(ctx, 200, MessageListView.of(list.list(ApiKeyAuth.caller(ctx), query)));
    }

    private static String idempotencyKey(Context ctx) {
        String key = ctx.header("Idempotency-Key");
        if (key == null) {
            return null;
        }
        if (key.isBlank()) {
            throw ProblemException.badRequest("Idempotency-Key", "must not be blank");
        }
        if (key.length() > MAX_IDEMPOTENCY_KEY) {
            throw ProblemException.badRequest("Idempotency-Key", "must be at most " + MAX_IDEMPOTENCY_KEY + " characters");
        }
        return key;
    }

    private static int intParam(Context ctx, String name, int min, int max, int absent) {
        String raw = ctx.queryParam(name);
        if (raw == null) {
            return absent;
        }
        if (!raw.matches("[0-9]{1,9}") || Integer.parseInt(raw) < min || Integer.parseInt(raw) > max) {
            throw ProblemException.badRequest(name, "must be an integer from " + min + " to " + max);
        }
        return Integer.parseInt(raw);
    }

    private static String textParam(Context ctx, String name, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.length() > max) {
            throw ProblemException.badRequest(name, "must be at most " + max + " characters");
        }
        return raw;
    }
}
