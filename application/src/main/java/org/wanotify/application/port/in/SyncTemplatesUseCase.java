package org.wanotify.application.port.in;

/** Brings an account's registry and Meta together: creates what Meta lacks, imports what only Meta has. */
public interface SyncTemplatesUseCase {
    /** @param account null for {@code default}; @param name null for all templates, else only that one */
    TemplateSyncResult sync(Caller caller, String account, String name);
}
