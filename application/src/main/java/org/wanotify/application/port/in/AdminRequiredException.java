package org.wanotify.application.port.in;

/** Only an admin API key may do this. */
public final class AdminRequiredException extends UseCaseException {
    public AdminRequiredException() {
        super(null, "this needs an admin API key");
    }
}
