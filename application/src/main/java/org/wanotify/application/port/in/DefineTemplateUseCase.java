package org.wanotify.application.port.in;

import org.wanotify.domain.template.Template;
import org.wanotify.domain.template.TemplateDefinition;

/** Adds a template to an account's registry, or replaces the definition of one with the same name and language. */
public interface DefineTemplateUseCase {
    /** @param account null for {@code default} */
    Template define(Caller caller, String account, TemplateDefinition definition);
}
