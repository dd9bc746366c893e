package org.wanotify.application.port.in;

/** No template of that name (and language) in the account's registry. */
public final class TemplateNotFoundException extends UseCaseException {
    public TemplateNotFoundException(String field, String message) {
        super(field, message);
    }
}
