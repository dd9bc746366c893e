package org.wanotify.adapters.whatsapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wanotify.adapters.whatsapp.sandbox.CloudApiSimulator;
import org.wanotify.adapters.whatsapp.sandbox.SandboxConfig;
import org.wanotify.adapters.whatsapp.sandbox.SimulatedRequest;
import org.wanotify.application.port.out.SendOutcome;
import org.wanotify.domain.account.Account;
import org.wanotify.domain.notification.TextContent;

/** The adapter against the Cloud API simulator (and two tiny stubs for what the simulator cannot do). */
class GraphApiAdapterTest {
    private CloudApiSimulator simulator;
    private GraphApiAdapter adapter;

    @BeforeEach
    void start() throws IOException {
        simulator = new CloudApiSimulator(new SandboxConfig(0, TestData.TOKEN, TestData.PHONE_NUMBER_ID, TestData.WABA_ID,
                TestData.APP_SECRET, null, Duration.ZERO));
        adapter = adapter(simulator.baseUrl(), Duration.ofSeconds(5), 8);
    }

    @AfterEach
    void stop() {
        adapter.close();
        simulator.close();
    }

    private static GraphApiAdapter adapter(String baseUrl, Duration requestTimeout, int maxInFlight) {
        return new GraphApiAdapter(new GraphApiConfig(baseUrl, Duration.ofSeconds(2), requestTimeout, maxInFlight));
    }

    private static SendOutcome send(GraphApiAdapter adapter, Account account, String to) throws Exception {
        return adapter.send(account, TestData.message(to, new TextContent("Hello", false))).get(10, TimeUnit.SECONDS);
    }

    @Test
    void acceptedSendCarriesBearerTokenPlusNumberAndOurIdAndParsesWamid() throws Exception {
        SendOutcome outcome = send(adapter, TestData.account(), "0781588379");

        SendOutcome.Accepted accepted = assertInstanceOf(SendOutcome.Accepted.class, outcome);
        assertTrue(accepted.wamid().startsWith("wamid."), accepted.wamid());
        assertEquals("255781588379", accepted.waId());
        SimulatedRequest request = simulator.receivedRequests().get(0);
        assertEquals("POST", request.method());
        assertEquals("/v23.0/" + TestData.PHONE_NUMBER_ID + "/messages", request.path());
        assertTrue(request.bearerMatched());
        assertTrue(request.header("content-type").startsWith("application/json"));
        assertEquals("+255781588379", request.body().path("to").asText());
        assertEquals(TestData.ID.value(), request.body().path("biz_opaque_callback_data").asText());
    }

    @Test
    void metaErrorJsonBecomesRejectedWithCodeTitleDetailsAndTrace() throws Exception {
        SendOutcome outcome = send(adapter, TestData.account(), "+255700000026");

        SendOutcome.Rejected rejected = assertInstanceOf(SendOutcome.Rejected.class, outcome);
        assertEquals(400, rejected.httpStatus());
        assertEquals(131026, rejected.code());
        assertEquals("Message undeliverable", rejected.title());
        assertEquals("Message Undeliverable.", rejected.details());
        assertNotNull(rejected.fbtraceId());
    }

    @Test
    void rateLimitKeepsItsSubcode() throws Exception {
        SendOutcome.Rejected rejected = assertInstanceOf(SendOutcome.Rejected.class,
                send(adapter, TestData.account(), "+255700130429"));
        assertEquals(130429, rejected.code());
        assertEquals(2494055, rejected.subcode());
        assertEquals("Rate limit hit", rejected.title());
    }

    @Test
    void wrongTokenIsRejectedWithCode190AndTheTokenAppearsNowhere() throws Exception {
        String wrong = "wrong-token-value";
        SendOutcome outcome = send(adapter, TestData.account(wrong, 80), "0781588379");

        SendOutcome.Rejected rejected = assertInstanceOf(SendOutcome.Rejected.class, outcome);
        assertEquals(401, rejected.httpStatus());
        assertEquals(190, rejected.code());
        assertFalse(outcome.toString().contains(wrong));
        assertFalse(simulator.receivedRequests().get(0).bearerMatched());
        assertFalse(simulator.receivedRequests().get(0).headers().containsKey("authorization"));
    }

    @Test
    void accountWithoutTokenIsRejectedWithoutARequest() throws Exception {
        SendOutcome outcome = send(adapter, TestData.account(null, 80), "0781588379");

        assertEquals(190, assertInstanceOf(SendOutcome.Rejected.class, outcome).code());
        assertTrue(simulator.receivedRequests().isEmpty());
    }

    @Test
    void serverErrorWithoutErrorJsonIsUnreachableAndMayHaveArrived() throws Exception {
        SendOutcome.Unreachable unreachable = assertInstanceOf(SendOutcome.Unreachable.class,
                send(adapter, TestData.account(), "+255700000500"));
        assertTrue(unreachable.mayHaveArrived());
        assertTrue(unreachable.reason().contains("500"), unreachable.reason());
    }

    @Test
    void refusedConnectionIsUnreachableAndDidNotArrive() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (GraphApiAdapter refused = adapter("http://127.0.0.1:" + closedPort, Duration.ofSeconds(5), 4)) {
            SendOutcome.Unreachable unreachable = assertInstanceOf(SendOutcome.Unreachable.class,
                    send(refused, TestData.account(), "0781588379"));
            assertFalse(unreachable.mayHaveArrived());
            assertFalse(unreachable.reason().contains(TestData.TOKEN));
        }
    }

    @Test
    void answerLaterThanRequestTimeoutIsUnreachableAndMayHaveArrived() throws Exception {
        try (GraphApiAdapter impatient = adapter(simulator.baseUrl(), Duration.ofMillis(300), 4)) {
            SendOutcome.Unreachable unreachable = assertInstanceOf(SendOutcome.Unreachable.class,
                    send(impatient, TestData.account(), "+255700000408"));
            assertTrue(unreachable.mayHaveArrived());
        }
    }

    @Test
    void neverMoreRequestsOpenThanMaxInFlight() throws Exception {
        AtomicInteger open = new AtomicInteger();
        AtomicInteger mostOpen = new AtomicInteger();
        HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        stub.setExecutor(Executors.newFixedThreadPool(16));
        stub.createContext("/", exchange -> {
            mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
            try {
                exchange.getRequestBody().readAllBytes();
                Thread.sleep(30); // keeps requests overlapping so an unbounded client would show more than two
                byte[] body = "{\"contacts\":[{\"wa_id\":\"1\"}],\"messages\":[{\"id\":\"wamid.X\"}]}".getBytes(StandardCharsets.UTF_8);
                open.decrementAndGet();
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        stub.start();
        try (GraphApiAdapter bounded = adapter("http://127.0.0.1:" + stub.getAddress().getPort(), Duration.ofSeconds(5), 2)) {
            List<CompletableFuture<SendOutcome>> sends = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                sends.add(bounded.send(TestData.account(), TestData.message("0781588379", new TextContent("n" + i, false))));
            }
            for (CompletableFuture<SendOutcome> send : sends) {
                assertInstanceOf(SendOutcome.Accepted.class, send.get(10, TimeUnit.SECONDS));
            }
        } finally {
            stub.stop(0);
            ((java.util.concurrent.ExecutorService) stub.getExecutor()).shutdownNow();
        }
        assertTrue(mostOpen.get() <= 2, "at most 2 requests open at once, saw " + mostOpen.get());
    }
}
