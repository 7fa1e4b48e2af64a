package org.recoverytracker.bench.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options of a bench command, {@code --name value} pairs. tools/bench/run is the only caller, so a
 * missing or malformed option is a bug in the script: it fails at once, naming the option.
 */
public final class Args {

    private final Map<String, String> values = new LinkedHashMap<>();

    private Args(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i += 2) {
            final String name = arguments.get(i);
            if (!name.startsWith("--") || i + 1 >= arguments.size()) {
                throw new IllegalArgumentException("expected --name value pairs, got " + arguments);
            }
            values.put(name.substring(2), arguments.get(i + 1));
        }
    }

    public static Args parse(String[] arguments) {
        return new Args(Arrays.asList(arguments));
    }

    public String string(String name) {
        final String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    public String string(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    public int integer(String name) {
        return Integer.parseInt(string(name));
    }

    public long number(String name) {
        return Long.parseLong(string(name));
    }

    public Path path(String name) {
        return Path.of(string(name));
    }

    /** A duration in seconds, e.g. {@code --warmup 5}. */
    public Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(integer(name, fallback));
    }

    /** A comma-separated list, e.g. {@code --ingest http://a,http://b}. */
    public List<String> list(String name) {
        return Arrays.stream(string(name).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
