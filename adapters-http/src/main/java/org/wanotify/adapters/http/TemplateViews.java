package org.wanotify.adapters.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wanotify.application.port.in.TemplateSyncResult;
import org.wanotify.domain.template.Template;
import org.wanotify.domain.template.TemplateShape;

/** JSON views of templates: the definition in Meta's shape plus where it stands with Meta. */
final class TemplateViews {
    private TemplateViews() {
    }

    static Map<String, Object> of(Template t) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("account", t.account());
        view.putAll(TemplateShape.toMap(t.definition()));
        view.put("status", t.status().name());
        view.put("meta_id", t.metaId());
        view.put("rejection_reason", t.rejectionReason());
        view.put("last_synced_at", t.lastSyncedAt() == null ? null : t.lastSyncedAt().toString());
        return view;
    }

    static Map<String, Object> list(List<Template> templates) {
        return Map.of("data", templates.stream().map(TemplateViews::of).toList());
    }

    static Map<String, Object> of(TemplateSyncResult r) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("account", r.account());
        view.put("created", r.created());
        view.put("imported", r.imported());
        view.put("updated", r.updated());
        view.put("deferred", r.deferred());
        view.put("failed", r.failed());
        return view;
    }
}
