package org.wanotify.application.port.out;

/** Meta refused a template request or could not be reached; the message is Meta's explanation, without secrets. */
public final class TemplateGatewayException extends RuntimeException {
    public TemplateGatewayException(String message) {
        super(message);
    }
}
