package org.wanotify.domain.notification;

import java.net.URI;
import java.util.Locale;
import org.wanotify.domain.InvalidFieldException;

/** Where Meta fetches a media file: a public https link or the id of an uploaded medium, never both. */
public record MediaSource(String link, String mediaId) {
    public MediaSource {
        if ((link == null) == (mediaId == null)) {
            throw new InvalidFieldException("media", "give exactly one of link or media_id");
        }
    }

    /** Checks the pair for the request field {@code field} ({@code document}, {@code image}). */
    public static MediaSource of(String field, String link, String mediaId) {
        boolean hasLink = link != null && !link.isBlank();
        boolean hasId = mediaId != null && !mediaId.isBlank();
        if (hasLink == hasId) {
            throw new InvalidFieldException(field, "give exactly one of link or media_id");
        }
        if (hasLink) {
            InvalidFieldException.requireMaxLength(field + ".link", link, 2048);
            URI uri;
            try {
                uri = URI.create(link.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(field + ".link", "is not a valid URL");
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw new InvalidFieldException(field + ".link", "must be an absolute http(s) URL Meta can fetch");
            }
            return new MediaSource(link.strip(), null);
        }
        if (!mediaId.strip().matches("[0-9A-Za-z_.-]{1,128}")) {
            throw new InvalidFieldException(field + ".media_id", "must be the id Meta returned for an upload (letters, digits, _ . -)");
        }
        return new MediaSource(null, mediaId.strip());
    }
}
