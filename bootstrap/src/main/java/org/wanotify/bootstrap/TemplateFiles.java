package org.wanotify.bootstrap;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.wanotify.application.port.in.DefineTemplateUseCase;
import org.wanotify.domain.template.TemplateShape;

/**
 * Loads the {@code *.json} files of the templates folder at start: each holds one template (or an array of them) in
 * the shape of {@code POST /v1/templates}, with an optional {@code "account"} (default {@code default}).
 */
final class TemplateFiles {
    private static final Logger LOG = LoggerFactory.getLogger(TemplateFiles.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private TemplateFiles() {
    }

    /** Defines every template found; a file that is not valid refuses the start, naming the file and the field. */
    static int load(Path dir, DefineTemplateUseCase define) {
        if (!Files.isDirectory(dir)) {
            LOG.debug("no templates folder at {}", dir.toAbsolutePath());
            return 0;
        }
        ObjectMapper json = new ObjectMapper();
        List<String> problems = new ArrayList<>();
        int loaded = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new ConfigException(List.of("WANOTIFY_TEMPLATES_DIR: cannot read " + dir.toAbsolutePath() + ": " + e.getMessage()));
        }
        for (Path file : files) {
            try {
                JsonNode root = json.readTree(file.toFile());
                List<JsonNode> items = new ArrayList<>();
                if (root != null && root.isArray()) {
                    root.forEach(items::add);
                } else {
                    items.add(root);
                }
                for (JsonNode item : items) {
                    if (item == null || !item.isObject()) {
                        throw new IllegalArgumentException("each template must be a JSON object");
                    }
                    Map<String, Object> m = json.convertValue(item, MAP);
                    String account = m.get("account") instanceof String a ? a : null;
                    define.define(null, account, TemplateShape.fromMap(m, true));
                    loaded++;
                }
            } catch (IOException | RuntimeException e) {
                problems.add("template file " + file + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        LOG.info("loaded {} templates from {}", loaded, dir.toAbsolutePath());
        return loaded;
    }
}
