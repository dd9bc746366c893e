package org.wanotify.bootstrap;

import io.github.cdimascio.dotenv.Dotenv;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw configuration: the environment over a {@code .env} file in the working directory, with typed
 * readers that collect every problem (naming the variable) instead of stopping at the first.
 */
final class Settings {
    private final Map<String, String> values;
    private final List<String> problems = new ArrayList<>();

    Settings(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    /** The process environment over {@code dir/.env} (the environment wins). */
    static Settings fromEnvironment(Path dir) {
        Map<String, String> merged = new HashMap<>();
        Dotenv.configure().directory(dir.toString()).ignoreIfMissing().ignoreIfMalformed().load()
                .entries(Dotenv.Filter.DECLARED_IN_ENV_FILE).forEach(e -> merged.put(e.getKey(), e.getValue()));
        merged.putAll(System.getenv());
        return new Settings(merged);
    }

    String string(String name, String fallback) {
        String v = values.get(name);
        return v == null || v.isBlank() ? fallback : v.strip();
    }

    /** The first of {@code names} that is set. */
    String firstOf(String... names) {
        for (String n : names) {
            String v = string(n, null);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    int integer(String name, int fallback, int min, int max) {
        String v = string(name, null);
        if (v == null) {
            return fallback;
        }
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) {
                problem(name, "'" + v + "' is out of range; use a whole number from " + min + " to " + max);
                return fallback;
            }
            return i;
        } catch (NumberFormatException e) {
            problem(name, "'" + v + "' is not a whole number (" + min + " to " + max + ")");
            return fallback;
        }
    }

    Duration duration(String name, Duration fallback) {
        String v = string(name, null);
        if (v == null) {
            return fallback;
        }
        try {
            Duration d = Duration.parse(v);
            if (d.isNegative() || d.isZero()) {
                problem(name, "'" + v + "' must be a positive duration");
                return fallback;
            }
            return d;
        } catch (DateTimeParseException e) {
            problem(name, "'" + v + "' is not an ISO-8601 duration such as PT30S, PT10M or PT1H");
            return fallback;
        }
    }

    void problem(String name, String what) {
        problems.add(name + ": " + what);
    }

    /** Throws a {@link ConfigException} listing every problem found so far. */
    void failOnProblems() {
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
    }
}
