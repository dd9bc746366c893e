package org.wanotify.application.port.in;

/** Filters for listing messages; any may be null. {@code limit} defaults to 20, at most 100. */
public record ListMessagesQuery(String status, String to, Integer limit, String cursor) {
}
