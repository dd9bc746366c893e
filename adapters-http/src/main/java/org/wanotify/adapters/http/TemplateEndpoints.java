package org.wanotify.adapters.http;

import java.util.Objects;
import org.wanotify.application.port.in.DefineTemplateUseCase;
import org.wanotify.application.port.in.GetTemplatesUseCase;
import org.wanotify.application.port.in.SyncTemplatesUseCase;

/** The use cases behind {@code /v1/templates}. */
public record TemplateEndpoints(DefineTemplateUseCase define, GetTemplatesUseCase get, SyncTemplatesUseCase sync) {
    public TemplateEndpoints {
        Objects.requireNonNull(define, "define");
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(sync, "sync");
    }
}
