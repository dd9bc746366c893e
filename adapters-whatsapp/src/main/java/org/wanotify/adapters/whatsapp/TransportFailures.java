package org.wanotify.adapters.whatsapp;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLHandshakeException;
import org.wanotify.application.port.out.SendOutcome;

/** Translates what {@code HttpClient} throws into an {@link SendOutcome.Unreachable} that says whether Meta may have the message. */
final class TransportFailures {
    private TransportFailures() {
    }

    static SendOutcome.Unreachable toOutcome(Throwable failure, GraphApiConfig config) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        // Order matters: HttpConnectTimeoutException is an HttpTimeoutException, and ConnectException an IOException.
        if (cause instanceof HttpConnectTimeoutException) {
            return new SendOutcome.Unreachable("no connection within " + config.connectTimeout().toMillis() + " ms", false);
        }
        if (cause instanceof HttpTimeoutException) {
            return new SendOutcome.Unreachable("no answer within " + config.requestTimeout().toMillis() + " ms", true);
        }
        if (cause instanceof ConnectException) {
            return new SendOutcome.Unreachable("connection refused or host unreachable", false);
        }
        if (cause instanceof SSLHandshakeException) {
            return new SendOutcome.Unreachable("TLS handshake failed: " + cause.getMessage(), false);
        }
        if (cause instanceof IOException) {
            // The connection broke at an unknown point, possibly after Meta read the whole request.
            return new SendOutcome.Unreachable("connection failed: " + describe(cause), true);
        }
        return new SendOutcome.Unreachable("unexpected failure: " + describe(cause), true);
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
