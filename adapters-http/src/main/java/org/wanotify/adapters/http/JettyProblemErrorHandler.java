package org.wanotify.adapters.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error pages (for requests refused before Javalin sees them: unparsable request line,
 * oversized headers) as problems instead of HTML, without Jetty's message or stack trace.
 */
final class JettyProblemErrorHandler extends ErrorHandler {

    private final ProblemMapper problems;

    JettyProblemErrorHandler(ProblemMapper problems) {
        this.problems = problems;
        setShowStacks(false);
        setShowCauses(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        return ByteBuffer.wrap(body(status));
    }

    private byte[] body(int code) {
        String reason = HttpStatus.getMessage(code);
        return problems.bytes(Problem.of(code, null, reason, reason));
    }
}
