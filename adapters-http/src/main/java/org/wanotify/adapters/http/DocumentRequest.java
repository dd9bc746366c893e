package org.wanotify.adapters.http;

/** {@code document} of a send request: a link or an uploaded media id, plus file name and caption. */
record DocumentRequest(String link, String mediaId, String filename, String caption) {
}
