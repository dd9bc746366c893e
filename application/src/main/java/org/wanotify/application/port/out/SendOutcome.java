package org.wanotify.application.port.out;

/** How one send request to Meta ended. */
public sealed interface SendOutcome {
    /** Meta accepted the message ({@code messages[0].id}, {@code contacts[0].wa_id}). */
    record Accepted(String wamid, String waId) implements SendOutcome {
    }

    /**
     * Meta answered with its error JSON.
     *
     * @param httpStatus the HTTP status of the answer
     * @param code       {@code error.code}
     * @param title      {@code error.message} without the "(#code) " prefix
     * @param details    {@code error.error_data.details}, may be null
     * @param fbtraceId  {@code error.fbtrace_id}, may be null
     */
    record Rejected(int httpStatus, int code, Integer subcode, String title, String details, String fbtraceId)
            implements SendOutcome {
    }

    /**
     * No usable answer: connection refused, timeout, or a non-JSON/5xx answer.
     *
     * @param mayHaveArrived true when the request may have reached Meta (a timeout after sending)
     */
    record Unreachable(String reason, boolean mayHaveArrived) implements SendOutcome {
    }
}
