package org.wanotify.adapters.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.in.AccountForbiddenException;
import org.wanotify.application.port.in.AccountNotFoundException;
import org.wanotify.application.port.in.AdminRequiredException;
import org.wanotify.application.port.in.IdempotencyConflictException;
import org.wanotify.application.port.in.MessageNotFoundException;
import org.wanotify.application.port.in.TemplateNotFoundException;
import org.wanotify.application.port.in.TemplateRefusedException;
import org.wanotify.application.port.in.UseCaseException;
import org.wanotify.application.port.out.TemplateGatewayException;
import org.wanotify.domain.DomainException;

/**
 * The one place that turns every failure into an RFC 9457 {@code application/problem+json} answer:
 * bad input is a 4xx naming the field, anything unexpected a 500 whose details stay in the log.
 */
final class ProblemMapper {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private final ObjectMapper json;

    ProblemMapper(ObjectMapper json) {
        this.json = json;
    }

    /** Replaces Javalin's own exception and error pages (HTML or plain text) with problems. */
    void install(JavalinConfig config) {
        config.routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, toProblem(e)));
        config.routes.exception(Exception.class, (e, ctx) -> write(ctx, toProblem(e)));
        for (int status = 400; status < 600; status++) {
            config.routes.error(status, this::fillEmptyError);
        }
        config.router.javaLangErrorHandler((res, error) -> {
            String ref = reference();
            LOG.error("internal error ref={}", ref, error);
            try {
                byte[] body = json.writeValueAsBytes(internal(ref));
                res.setStatus(500);
                res.setContentType(Problem.CONTENT_TYPE);
                res.getOutputStream().write(body);
            } catch (Exception | Error ignored) {
                // the JVM is in trouble (out of memory, say); the status alone must do
            }
        });
    }

    Problem toProblem(Throwable e) {
        if (e instanceof ProblemException p) {
            return p.problem();
        }
        if (e instanceof ValueInstantiationException v && v.getCause() instanceof DomainException d) {
            return toProblem(d);
        }
        if (e instanceof JsonProcessingException j) {
            Problem p = JsonProblems.toProblem(j);
            if (p != null) {
                return p;
            }
        }
        if (e instanceof DomainException d) {
            return validation(422, "validation", "Validation failed", d.getMessage(), d.field(), d.rule());
        }
        if (e instanceof UseCaseException u) {
            return useCase(u);
        }
        if (e instanceof TemplateGatewayException g) {
            return Problem.of(502, "meta-error", "Meta refused or could not be reached", g.getMessage());
        }
        if (e instanceof ValidationException v) {
            List<FieldError> errors = new ArrayList<>();
            v.getErrors().forEach((field, list) -> list.forEach(err -> errors.add(new FieldError(field, err.getMessage()))));
            return Problem.invalid(400, "invalid-request", "Invalid request", "invalid parameters", errors);
        }
        if (e instanceof HttpResponseException h) {
            return httpResponse(h);
        }
        String ref = reference();
        LOG.error("internal error ref={}", ref, e);
        return internal(ref);
    }

    private static Problem useCase(UseCaseException u) {
        // --- templates (issue 5)
        if (u instanceof TemplateRefusedException t) {
            return Problem.invalid(422, "template-refused", "Template cannot be sent as asked", t.getMessage(),
                    t.problems().stream().map(p -> new FieldError(p.field(), p.message())).toList());
        }
        if (u instanceof TemplateNotFoundException) {
            return Problem.of(404, "not-found", "Not found", u.getMessage());
        }
        // --- end templates
        if (u instanceof MessageNotFoundException) {
            return Problem.of(404, "not-found", "Not found", u.getMessage());
        }
        if (u instanceof AccountNotFoundException) {
            return validation(422, "unknown-account", "Unknown account", u.getMessage(), orElse(u.field(), "account"), u.getMessage());
        }
        if (u instanceof AccountForbiddenException) {
            return validation(403, "forbidden", "Forbidden", u.getMessage(), orElse(u.field(), "account"), u.getMessage());
        }
        if (u instanceof AdminRequiredException) {
            return Problem.of(403, "forbidden", "Forbidden", u.getMessage());
        }
        if (u instanceof IdempotencyConflictException) {
            return validation(409, "idempotency-conflict", "Idempotency conflict", u.getMessage(),
                    orElse(u.field(), "Idempotency-Key"), u.getMessage());
        }
        return validation(422, "validation", "Validation failed", u.getMessage(), u.field(), u.getMessage());
    }

    private static Problem httpResponse(HttpResponseException h) {
        int status = h.getStatus();
        String reason = HttpStatus.forStatus(status).getMessage();
        return switch (status) {
            case 404 -> Problem.of(404, "not-found", "Not found", "no such resource");
            case 405 -> Problem.of(405, null, reason, "the method is not allowed on this resource");
            case 413 -> ProblemException.tooLarge(HttpApi.WEBHOOK_MAX_BODY_BYTES).problem();
            default -> Problem.of(status, null, reason.isEmpty() ? "HTTP " + status : reason,
                    h.getMessage() == null || h.getMessage().isBlank() ? reason : h.getMessage());
        };
    }

    private static Problem validation(int status, String slug, String title, String detail, String field, String message) {
        List<FieldError> errors = field == null ? List.of() : List.of(new FieldError(field, message));
        return Problem.invalid(status, slug, title, detail, errors);
    }

    private static Problem internal(String ref) {
        return Problem.of(500, "internal", "Internal error", "internal error; reference " + ref);
    }

    /** Javalin calls error handlers after every 4xx/5xx; only a response nobody has written gets a problem. */
    private void fillEmptyError(Context ctx) {
        if (ctx.resultInputStream() == null) {
            int status = ctx.statusCode();
            String reason = HttpStatus.forStatus(status).getMessage();
            write(ctx, Problem.of(status, null, reason.isEmpty() ? "HTTP " + status : reason, reason));
        }
    }

    void write(Context ctx, Problem problem) {
        if (problem.status() >= 500) {
            LOG.debug("answering {} {}", problem.status(), problem.type());
        } else {
            LOG.debug("refused {} {}: {}", ctx.method(), ctx.path(), problem.detail());
        }
        if (problem.type().endsWith("/unauthorized")) {
            ctx.header("WWW-Authenticate", "Bearer");
        }
        ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE).result(bytes(problem));
    }

    byte[] bytes(Problem problem) {
        try {
            return json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a problem", e);
        }
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static String reference() {
        return UUID.randomUUID().toString();
    }
}
