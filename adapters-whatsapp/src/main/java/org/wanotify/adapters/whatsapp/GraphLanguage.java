package org.wanotify.adapters.whatsapp;

/** Meta's template {@code language} object; {@code policy} is omitted because only "deterministic" exists. */
public record GraphLanguage(String code) {
}
