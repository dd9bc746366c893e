package org.wanotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wanotify.adapters.whatsapp.sandbox.CloudApiSimulator;
import org.wanotify.adapters.whatsapp.sandbox.SandboxConfig;

/** {@code templates sync|status|export} in live mode against a Graph peer (the simulator as "Meta"). */
class TemplatesCliSystemTest {
    @TempDir
    Path dir;

    private static String run(WanotifyConfig config, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = TemplatesCommand.run(List.of(args), config, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void syncCreatesTheShippedTemplateOnMetaAndStatusShowsTheReviewOutcome() throws IOException {
        try (CloudApiSimulator meta = new CloudApiSimulator(SandboxConfig.defaults(0, () -> null, Duration.ofSeconds(1)))) {
            meta.templates().autoApproveAfter(null);
            WanotifyConfig config = WanotifyConfig.from(new Settings(Map.of(
                    "WHATSAPP_ACCESS_TOKEN", SandboxConfig.DEFAULT_ACCESS_TOKEN,
                    "WHATSAPP_PHONE_NUMBER_ID", SandboxConfig.DEFAULT_PHONE_NUMBER_ID,
                    "WHATSAPP_BUSINESS_ID", SandboxConfig.DEFAULT_WABA_ID,
                    "WHATSAPP_GRAPH_URL", meta.baseUrl(),
                    "WANOTIFY_DB_URL", "jdbc:sqlite:" + dir.resolve("w.db"),
                    "WANOTIFY_TEMPLATES_DIR", Path.of("..", "templates").toString())));

            String synced = run(config, "sync", "--template", "wifi_credentials");
            assertTrue(synced.contains("created:  [wifi_credentials/en]"), synced);
            assertEquals(1, meta.templates().all().size());

            meta.templates().setStatus("wifi_credentials", "en", "REJECTED", "INVALID_FORMAT", false);
            String status = run(config, "status");
            assertTrue(status.matches("(?s)wifi_credentials\\s+en\\s+REJECTED\\s+INVALID_FORMAT.*"), status);
            assertTrue(run(config, "export", "--format", "json").contains("\"rejection_reason\" : \"INVALID_FORMAT\""));
            assertTrue(run(config, "sync").contains("created:  []"), "nothing is created twice");
        }
    }
}
