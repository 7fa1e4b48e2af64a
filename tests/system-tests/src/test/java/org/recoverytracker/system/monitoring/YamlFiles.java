package org.recoverytracker.system.monitoring;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads YAML files (rule files, promtool unit tests) into plain maps and lists, and walks them. */
final class YamlFiles {

    private YamlFiles() {}

    static Map<?, ?> read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return map(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("can't read " + file, e);
        }
    }

    static Map<?, ?> map(Object node, String what) {
        if (node instanceof Map<?, ?> map) {
            return map;
        }
        throw new IllegalArgumentException(what + " should be a mapping but is " + node);
    }

    static List<?> list(Map<?, ?> parent, String key) {
        final Object node = parent.get(key);
        if (node == null) {
            return List.of();
        }
        if (node instanceof List<?> list) {
            return list;
        }
        throw new IllegalArgumentException(key + " should be a list but is " + node);
    }

    static Map<?, ?> mapOrEmpty(Map<?, ?> parent, String key) {
        final Object node = parent.get(key);
        return node == null ? Map.of() : map(node, key);
    }

    static String string(Map<?, ?> parent, String key) {
        final Object node = parent.get(key);
        return node == null ? null : node.toString();
    }
}
