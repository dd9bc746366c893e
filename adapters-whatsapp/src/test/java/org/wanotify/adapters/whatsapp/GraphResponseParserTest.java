package org.wanotify.adapters.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.wanotify.application.port.out.SendOutcome;

/** Answers the simulator does not give: odd successes, gateways' error pages, Meta's server-side error JSON. */
class GraphResponseParserTest {
    private final GraphResponseParser parser = new GraphResponseParser(new ObjectMapper());

    private SendOutcome parse(int status, String body) {
        return parser.parse(status, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void successWithoutMessageIdMayHaveArrived() {
        SendOutcome.Unreachable outcome = assertInstanceOf(SendOutcome.Unreachable.class, parse(200, "<html>ok</html>"));
        assertTrue(outcome.mayHaveArrived());
    }

    @Test
    void successWithoutContactsStillAccepted() {
        SendOutcome.Accepted accepted = assertInstanceOf(SendOutcome.Accepted.class,
                parse(200, "{\"messages\":[{\"id\":\"wamid.A\",\"message_status\":\"accepted\"}]}"));
        assertEquals("wamid.A", accepted.wamid());
        assertNull(accepted.waId());
    }

    @Test
    void proxyErrorPageWithoutErrorJsonDidNotArriveFor4xxButMayHaveFor5xx() {
        assertFalse(assertInstanceOf(SendOutcome.Unreachable.class, parse(404, "<html>Not Found</html>")).mayHaveArrived());
        assertTrue(assertInstanceOf(SendOutcome.Unreachable.class, parse(502, "Bad Gateway")).mayHaveArrived());
        assertTrue(assertInstanceOf(SendOutcome.Unreachable.class, parse(503, "")).mayHaveArrived());
    }

    @Test
    void metaServerErrorJsonIsRejectedSoItsCodeDecidesTheRetry() {
        SendOutcome.Rejected rejected = assertInstanceOf(SendOutcome.Rejected.class, parse(500,
                "{\"error\":{\"message\":\"(#131000) Something went wrong\",\"type\":\"OAuthException\",\"code\":131000,"
                        + "\"error_data\":{\"messaging_product\":\"whatsapp\",\"details\":\"Something went wrong\"},\"fbtrace_id\":\"Ax\"}}"));
        assertEquals(131000, rejected.code());
        assertEquals("Something went wrong", rejected.title());
        assertNull(rejected.subcode());
        assertEquals(500, rejected.httpStatus());
    }

    @Test
    void titleWithoutCodePrefixIsKeptWhole() {
        SendOutcome.Rejected rejected = assertInstanceOf(SendOutcome.Rejected.class, parse(401,
                "{\"error\":{\"message\":\"Error validating access token: Session has expired\",\"type\":\"OAuthException\",\"code\":190,\"error_subcode\":463}}"));
        assertEquals("Error validating access token: Session has expired", rejected.title());
        assertEquals(463, rejected.subcode());
        assertNull(rejected.details());
        assertNull(rejected.fbtraceId());
    }
}
