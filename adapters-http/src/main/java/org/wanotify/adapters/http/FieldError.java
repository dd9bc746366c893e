package org.wanotify.adapters.http;

/** One refused input of a problem: the field (JSON path, query parameter or header) and why. */
record FieldError(String field, String message) {
}
