package org.wanotify.application.port.out;

import java.util.List;
import java.util.Optional;
import org.wanotify.domain.template.Template;

/** The template registry: each account's templates by name and language. */
public interface TemplateStore {
    /** Inserts or replaces the template of {@code template.account()} with that name and language. */
    void save(Template template);

    Optional<Template> find(String account, String name, String language);

    /** Every language of {@code name} in {@code account}, ordered by language. */
    List<Template> findByName(String account, String name);

    /** All templates of {@code account}, ordered by name and language. */
    List<Template> list(String account);
}
