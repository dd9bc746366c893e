package org.wanotify.bootstrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The master key: {@code WANOTIFY_MASTER_KEY}, else {@code <data dir>/master.key}, created 0600 at first start. */
final class MasterKey {
    private static final Logger LOG = LoggerFactory.getLogger(MasterKey.class);
    static final String FILE = "master.key";

    private MasterKey() {
    }

    static byte[] load(SecurityConfig config, Path dataDir) {
        if (config.masterKey() != null) {
            return config.masterKey();
        }
        Path file = dataDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = SecurityConfig.decode(Files.readString(file, StandardCharsets.US_ASCII));
            if (key == null) {
                throw new ConfigException(java.util.List.of("WANOTIFY_MASTER_KEY: " + file + " does not hold "
                        + SecurityConfig.MASTER_KEY_BYTES + " bytes in base64; restore it from your backup"));
            }
            return key;
        } catch (IOException e) {
            throw new ConfigException(java.util.List.of("WANOTIFY_MASTER_KEY: not set, and " + file
                    + " cannot be read or created (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[SecurityConfig.MASTER_KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException e) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
        LOG.warn("generated a new master key in {} (mode 0600): it encrypts stored access tokens and secrets. Back it up;"
                + " without it they cannot be decrypted. Or set WANOTIFY_MASTER_KEY.", file);
    }
}
