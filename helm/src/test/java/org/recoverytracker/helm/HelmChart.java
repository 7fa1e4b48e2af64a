package org.recoverytracker.helm;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.InstallCommand;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The chart under test, driven through the real Helm engine (helm-java): renders it with values
 * files and {@code --set} values, and lints it.
 */
final class HelmChart {

    private static final YAMLMapper YAML = new YAMLMapper();

    static final Path DIRECTORY = Path.of("recovery-tracker").toAbsolutePath();
    static final Path PRODUCTION_VALUES = DIRECTORY.resolve("values-production.yaml");
    static final String RELEASE = "recovery-tracker";
    static final String NAMESPACE = "recovery";
    /** The prefix of every resource name: the release name, as it holds the chart name. */
    static final String FULLNAME = "recovery-tracker";

    private HelmChart() {}

    /** The chart's appVersion: the services' version and the default tag of the images. */
    static String appVersion() {
        return String.valueOf(readYaml(DIRECTORY.resolve("Chart.yaml")).get("appVersion"));
    }

    static Path testValues(String name) {
        return Path.of("src/test/resources/values").resolve(name).toAbsolutePath();
    }

    /**
     * kafka.allowInsecure: the only value the defaults need to render, as they connect to Kafka
     * without authentication (see {@link InvalidValuesTest} for the defaults alone being refused).
     */
    static final Path DEVELOPMENT_KAFKA = testValues("development-kafka.yaml");

    /** Renders the chart as {@code helm template}; Helm's error (a schema violation, a fail guard) is thrown. */
    static Manifests render(List<Path> valuesFiles, Map<String, Object> set) {
        final TemplateCommand template =
                new Helm(DIRECTORY).template().withName(RELEASE).withNamespace(NAMESPACE);
        valuesFiles.forEach(template::withValuesFile);
        set.forEach(template::set);
        return Manifests.parse(template.call());
    }

    static Manifests render(Path... valuesFiles) {
        return render(Arrays.asList(valuesFiles), Map.of());
    }

    /** The default values, on a development Kafka cluster ({@link #DEVELOPMENT_KAFKA}). */
    static Manifests renderDefaults() {
        return render(DEVELOPMENT_KAFKA);
    }

    /** The default values, on a development Kafka cluster, with {@code --set} values. */
    static Manifests renderDefaults(Map<String, Object> set) {
        return render(List.of(DEVELOPMENT_KAFKA), set);
    }

    static Manifests renderProduction() {
        return render(PRODUCTION_VALUES);
    }

    /** The production example with {@code --set} values. */
    static Manifests renderProduction(Map<String, Object> set) {
        return render(List.of(PRODUCTION_VALUES), set);
    }

    /** NOTES.txt as {@code helm install} prints it (a client-only dry run: no cluster). */
    static String notes(Path... valuesFiles) {
        final InstallCommand install = new Helm(DIRECTORY)
                .install()
                .withName(RELEASE)
                .withNamespace(NAMESPACE)
                .dryRun()
                .clientOnly();
        Arrays.stream(valuesFiles).forEach(install::withValuesFile);
        final String output = install.call().getOutput();
        return output.substring(output.indexOf("NOTES:"));
    }

    /**
     * The message Helm refuses the values with, over the defaults on a development Kafka cluster
     * (so that each file is refused for what it sets itself; a file may set kafka.allowInsecure back).
     */
    static String refusal(Path valuesFile) {
        return refusal(List.of(DEVELOPMENT_KAFKA, valuesFile), Map.of());
    }

    /** The message Helm refuses the values files and {@code --set} values with. */
    static String refusal(List<Path> valuesFiles, Map<String, Object> set) {
        try {
            render(valuesFiles, set);
        } catch (IllegalStateException refused) {
            return refused.getMessage();
        }
        throw new AssertionError("Helm rendered the chart with " + valuesFiles + " " + set + " instead of refusing it");
    }

    /**
     * {@code helm lint --strict} of the chart with its own values.yaml overlaid by the given files
     * (helm-java's lint takes no values files, so the chart is copied with merged values).
     */
    static LintResult lintStrict(Path... valuesFiles) {
        if (valuesFiles.length == 0) {
            return new Helm(DIRECTORY).lint().strict().call();
        }
        Path temporary = null;
        try {
            temporary = Files.createTempDirectory("chart-lint-");
            final Path copy = temporary.resolve(DIRECTORY.getFileName());
            copyTree(DIRECTORY, copy);
            Map<String, Object> values = readYaml(DIRECTORY.resolve("values.yaml"));
            for (Path file : valuesFiles) {
                values = merge(values, readYaml(file));
            }
            final DumperOptions options = new DumperOptions();
            options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
            Files.writeString(copy.resolve("values.yaml"), new Yaml(options).dump(values));
            return new Helm(copy).lint().strict().call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporary != null) {
                delete(temporary);
            }
        }
    }

    /** A YAML file as maps and lists, parsed as the rendered manifests are (Jackson, YAML 1.2). */
    static Map<String, Object> readYaml(Path file) {
        try {
            final Map<String, Object> map =
                    YAML.readValue(Files.readString(file), new TypeReference<Map<String, Object>>() {});
            return map == null ? Map.of() : map;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Helm's merge of values: maps merge key by key, anything else is replaced. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> overlay) {
        final Map<String, Object> merged = new LinkedHashMap<>(base);
        overlay.forEach((key, value) -> {
            final Object current = merged.get(key);
            if (current instanceof Map<?, ?> currentMap && value instanceof Map<?, ?> valueMap) {
                merged.put(key, merge((Map<String, Object>) currentMap, (Map<String, Object>) valueMap));
            } else {
                merged.put(key, value);
            }
        });
        return merged;
    }

    static List<Path> files(String directory, String suffix) {
        try (Stream<Path> files = Files.list(DIRECTORY.resolve(directory))) {
            return new ArrayList<>(
                    files.filter(file -> file.getFileName().toString().endsWith(suffix))
                            .sorted()
                            .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                final Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
