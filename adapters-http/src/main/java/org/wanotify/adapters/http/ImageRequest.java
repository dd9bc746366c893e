package org.wanotify.adapters.http;

/** {@code image} of a send request: a link or an uploaded media id, plus caption. */
record ImageRequest(String link, String mediaId, String caption) {
}
