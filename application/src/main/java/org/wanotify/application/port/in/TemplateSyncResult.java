package org.wanotify.application.port.in;

import java.util.List;

/**
 * What a sync did, by {@code name/language}.
 *
 * @param created  submitted to Meta for review
 * @param imported found only on Meta and added to the registry
 * @param updated  status changed by what Meta listed
 * @param deferred not created because of Meta's limit of 100 creations per hour; a later sync creates them
 * @param failed   Meta refused them, each with Meta's reason
 */
public record TemplateSyncResult(String account, List<String> created, List<String> imported, List<String> updated,
                                 List<String> deferred, List<String> failed) {
    public TemplateSyncResult {
        created = List.copyOf(created);
        imported = List.copyOf(imported);
        updated = List.copyOf(updated);
        deferred = List.copyOf(deferred);
        failed = List.copyOf(failed);
    }
}
