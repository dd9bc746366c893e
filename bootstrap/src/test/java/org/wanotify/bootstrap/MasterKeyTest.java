package org.wanotify.bootstrap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {
    @TempDir
    Path dir;

    private static SecurityConfig config(Map<String, String> env) {
        Settings s = new Settings(env);
        SecurityConfig c = SecurityConfig.from(s);
        s.failOnProblems();
        return c;
    }

    @Test
    void createsTheKeyFileOnceWithOwnerOnlyPermissions() throws Exception {
        byte[] first = MasterKey.load(config(Map.of()), dir);
        Path file = dir.resolve(MasterKey.FILE);
        assertEquals(32, first.length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertArrayEquals(first, MasterKey.load(config(Map.of()), dir), "the same key on the next start");
    }

    @Test
    void theVariableWinsOverTheFile() {
        byte[] key = new byte[32];
        key[0] = 42;
        byte[] loaded = MasterKey.load(config(Map.of("WANOTIFY_MASTER_KEY", Base64.getEncoder().encodeToString(key))), dir);
        assertArrayEquals(key, loaded);
        assertFalse(Files.exists(dir.resolve(MasterKey.FILE)));
    }

    @Test
    void aWrongKeyIsRefusedNamingTheVariableButNotEchoingIt() {
        String wrong = Base64.getEncoder().encodeToString(new byte[16]);
        ConfigException e = assertThrows(ConfigException.class, () -> config(Map.of("WANOTIFY_MASTER_KEY", wrong)));
        assertTrue(e.getMessage().contains("WANOTIFY_MASTER_KEY"), e.getMessage());
        assertFalse(e.getMessage().contains(wrong));
        assertThrows(ConfigException.class, () -> config(Map.of("WANOTIFY_MASTER_KEY", "not base64 at all!")));
    }

    @Test
    void aDamagedKeyFileStopsTheStart() throws Exception {
        Files.writeString(dir.resolve(MasterKey.FILE), "garbage");
        ConfigException e = assertThrows(ConfigException.class, () -> MasterKey.load(config(Map.of()), dir));
        assertTrue(e.getMessage().contains("WANOTIFY_MASTER_KEY"), e.getMessage());
    }

    @Test
    void rateLimitIsConfigurable() {
        assertEquals(7, config(Map.of("WANOTIFY_RATE_LIMIT", "7")).rateLimits().perKeyPerSecond());
        assertEquals(1000, config(Map.of()).rateLimits().perKeyPerSecond());
        assertThrows(ConfigException.class, () -> config(Map.of("WANOTIFY_RATE_LIMIT", "0")));
    }
}
