package org.wanotify.application.port.in;

import java.util.List;

/** Applies template status events from Meta's webhook to the registry. */
public interface ApplyTemplateStatusUseCase {
    /** Returns how many changed a template; events for unknown WABAs or templates are logged and ignored. */
    int apply(List<TemplateStatusUpdate> updates);
}
