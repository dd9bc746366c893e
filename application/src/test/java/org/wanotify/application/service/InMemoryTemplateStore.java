package org.wanotify.application.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.wanotify.application.port.out.TemplateStore;
import org.wanotify.domain.template.Template;

/** A {@link TemplateStore} in a sorted map. */
final class InMemoryTemplateStore implements TemplateStore {
    private final Map<String, Template> templates = new TreeMap<>();

    @Override
    public synchronized void save(Template t) {
        templates.put(t.account() + "|" + t.name() + "|" + t.language(), t);
    }

    @Override
    public synchronized Optional<Template> find(String account, String name, String language) {
        return Optional.ofNullable(templates.get(account + "|" + name + "|" + language));
    }

    @Override
    public synchronized List<Template> findByName(String account, String name) {
        return list(account).stream().filter(t -> t.name().equals(name)).toList();
    }

    @Override
    public synchronized List<Template> list(String account) {
        List<Template> all = new ArrayList<>(templates.values().stream().filter(t -> t.account().equals(account)).toList());
        all.sort(Comparator.comparing(Template::name).thenComparing(Template::language));
        return all;
    }
}
