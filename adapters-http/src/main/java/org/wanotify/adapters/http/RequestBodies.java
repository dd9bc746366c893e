package org.wanotify.adapters.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads a request body without ever holding more than the allowed number of bytes. */
final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * The body, or a 413 when it is larger than {@code max}: refused up front from Content-Length,
     * and again while reading, because a chunked body declares no length.
     */
    static byte[] read(Context ctx, int max) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw ProblemException.tooLarge(max);
        }
        try {
            InputStream in = ctx.bodyInputStream();
            byte[] body = in.readNBytes(max + 1);
            if (body.length > max) {
                throw ProblemException.tooLarge(max);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the request body", e);
        }
    }
}
