package org.wanotify.adapters.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.util.Objects;
import org.wanotify.application.port.in.AuthenticateUseCase;
import org.wanotify.application.port.in.GetConversationUseCase;
import org.wanotify.application.port.in.GetHealthUseCase;
import org.wanotify.application.port.in.GetMessageUseCase;
import org.wanotify.application.port.in.HandleWebhookUseCase;
import org.wanotify.application.port.in.ListMessagesUseCase;
import org.wanotify.application.port.in.ReceiveWebhookUseCase;
import org.wanotify.application.port.in.ResendMessageUseCase;
import org.wanotify.application.port.in.SendMessageUseCase;

/**
 * wanotify's HTTP API on Javalin: {@code /v1/messages} behind API keys, {@code /health}, and Meta's
 * webhook at {@code /webhooks/whatsapp}; every error is {@code application/problem+json}.
 */
public final class HttpApi implements AutoCloseable {

    /** Meta batches many statuses into one delivery; 3 MiB leaves ample room while bounding memory. */
    public static final int WEBHOOK_MAX_BODY_BYTES = 3 * 1024 * 1024;
    /** How long {@link #close()} lets in-flight requests finish. */
    private static final long STOP_TIMEOUT_MILLIS = 10_000;

    private final Javalin app;

    public HttpApi(HttpConfig config, SendMessageUseCase send, GetMessageUseCase get, ListMessagesUseCase list,
                   AuthenticateUseCase authenticate, HandleWebhookUseCase webhook, GetHealthUseCase health,
                   ReceiveWebhookUseCase intake, GetConversationUseCase conversations) {
        this(config, send, get, list, authenticate, webhook, health, intake, conversations, null, null, null);
    }

    /**
     * @param templates the {@code /v1/templates} use cases; null serves no template routes
     * @param security  admin routes for accounts, API keys and audit, and rate limits; null serves none
     * @param resend    {@code POST /v1/messages/{id}/resend}; null serves no such route
     */
    public HttpApi(HttpConfig config, SendMessageUseCase send, GetMessageUseCase get, ListMessagesUseCase list,
                   AuthenticateUseCase authenticate, HandleWebhookUseCase webhook, GetHealthUseCase health,
                   ReceiveWebhookUseCase intake, GetConversationUseCase conversations, TemplateEndpoints templates,
                   SecurityApi security, ResendMessageUseCase resend) {
        Objects.requireNonNull(config, "config");
        ObjectMapper strict = JsonMappers.strict();
        JsonBodies json = new JsonBodies(strict);
        ProblemMapper problems = new ProblemMapper(strict);
        ApiKeyAuth auth = new ApiKeyAuth(Objects.requireNonNull(authenticate, "authenticate"));
        MessageController messages = new MessageController(Objects.requireNonNull(send, "send"),
                Objects.requireNonNull(get, "get"), Objects.requireNonNull(list, "list"), json, config.maxBodyBytes());
        HealthController healthController = new HealthController(Objects.requireNonNull(health, "health"), json);
        WebhookController webhookController = new WebhookController(Objects.requireNonNull(webhook, "webhook"),
                Objects.requireNonNull(intake, "intake"), JsonMappers.lenient(), json);
        ConversationController conversationController = new ConversationController(
                Objects.requireNonNull(conversations, "conversations"), json);
        this.app = Javalin.create(c -> {
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT_MILLIS);
                server.setErrorHandler(new JettyProblemErrorHandler(problems));
            });
            c.http.maxRequestSize = WEBHOOK_MAX_BODY_BYTES;
            c.http.prefer405over404 = true;
            c.startup.showJavalinBanner = false;
            c.startup.showOldJavalinVersionWarning = false;
            problems.install(c);
            c.routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff"));
            c.routes.before("/v1/*", auth);
            if (security != null) {
                RateLimiter limiter = new RateLimiter(security.limits());
                c.routes.before("/v1/*", limiter::perKey);
                c.routes.before("/webhooks/*", limiter::webhook);
                new AccountController(security.accounts(), json, config.maxBodyBytes()).routes(c.routes);
                new ApiKeyController(security.apiKeys(), json, config.maxBodyBytes()).routes(c.routes);
                new AuditController(security.audit(), json).routes(c.routes);
            }
            messages.routes(c.routes);
            if (resend != null) {
                new ResendController(resend, json).routes(c.routes);
            }
            healthController.routes(c.routes);
            webhookController.routes(c.routes);
            conversationController.routes(c.routes);
            if (templates != null) {
                new TemplateController(templates, json, config.maxBodyBytes()).routes(c.routes);
            }
        });
    }

    /** Binds the port and starts serving; returns this for chaining. */
    public HttpApi start() {
        app.start();
        return this;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return app.port();
    }

    /** Stops accepting connections and lets in-flight requests finish (up to 10 s). */
    @Override
    public void close() {
        app.stop();
    }
}
