package org.wanotify.application.port.in;

import java.util.List;
import org.wanotify.domain.template.Template;

/** Reads an account's template registry. */
public interface GetTemplatesUseCase {
    /**
     * The templates of {@code account} (null for {@code default}); with {@code name}, only that name's languages.
     *
     * @throws TemplateNotFoundException when {@code name} is given and unknown
     */
    List<Template> get(Caller caller, String account, String name);
}
