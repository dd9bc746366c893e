package org.wanotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WanotifyConfigTest {
    private static WanotifyConfig config(Map<String, String> env) {
        return WanotifyConfig.from(new Settings(env));
    }

    @Test
    void noTokenMeansSandboxWithTheDocumentedDefaults() {
        WanotifyConfig c = config(Map.of());
        assertTrue(c.sandbox());
        assertEquals(8080, c.port());
        assertEquals(80, c.mps());
        assertEquals("jdbc:sqlite:./data/wanotify.db", c.dbUrl());
        assertEquals("v23.0", c.apiVersion());
        assertEquals("https://graph.facebook.com", c.graphUrl());
        assertEquals("fallback", c.windowPolicy());
        assertEquals(Duration.ofSeconds(30), c.retryPolicy().baseDelay());
        assertEquals(8, c.retryPolicy().maxAttempts());
        assertNull(c.defaultRegion());
    }

    @Test
    void everyProblemIsReportedNamingItsVariable() {
        ConfigException e = assertThrows(ConfigException.class, () -> config(Map.of("WHATSAPP_ACCESS_TOKEN", "EAAG-secret-token",
                "WANOTIFY_MPS", "5000", "WANOTIFY_DEFAULT_REGION", "XX", "WANOTIFY_RETRY_BASE_DELAY", "30s",
                "WHATSAPP_GRAPH_URL", "graph.facebook.com", "WANOTIFY_WINDOW_POLICY", "sometimes")));
        String all = String.join("\n", e.problems());
        for (String name : new String[] {"WHATSAPP_PHONE_NUMBER_ID", "WANOTIFY_MPS", "WANOTIFY_DEFAULT_REGION",
                "WANOTIFY_RETRY_BASE_DELAY", "WHATSAPP_GRAPH_URL", "WANOTIFY_WINDOW_POLICY"}) {
            assertTrue(all.contains(name + ":"), name + " missing from " + all);
        }
        assertFalse(e.getMessage().contains("EAAG-secret-token"), "the token never appears in errors");
    }

    @Test
    void liveModeReadsTheMetaSettingsAndAliases() {
        WanotifyConfig c = config(Map.of("WHATSAPP_ACCESS_TOKEN", "EAAG-secret-token", "WHATSAPP_PHONE_NUMBER_ID", "1234567890",
                "WHATSAPP_WABA_ID", "987654321", "WHATSAPP_GRAPH_URL", "http://127.0.0.1:9999/", "WANOTIFY_DEFAULT_REGION", "tz"));
        assertFalse(c.sandbox());
        assertEquals("987654321", c.wabaId());
        assertEquals("http://127.0.0.1:9999", c.graphUrl());
        assertEquals("TZ", c.defaultRegion());
        assertFalse(c.toString().contains("EAAG-secret-token"));
    }
}
