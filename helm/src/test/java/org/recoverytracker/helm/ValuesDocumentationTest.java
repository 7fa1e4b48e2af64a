package org.recoverytracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every value is documented ({@code ## @param}) and described by the schema, which refuses unknown keys. */
class ValuesDocumentationTest {

    private static final Pattern PARAM = Pattern.compile("^\\s*## @param (\\S+) \\S.*$", Pattern.MULTILINE);

    @Test
    void everyValueIsDocumentedWithAParamAndEveryParamIsAValue() throws IOException {
        final Set<String> values = leaves("", HelmChart.readYaml(HelmChart.DIRECTORY.resolve("values.yaml")));
        final Set<String> params = new TreeSet<>();
        final Matcher matcher = PARAM.matcher(Files.readString(HelmChart.DIRECTORY.resolve("values.yaml")));
        while (matcher.find()) {
            params.add(matcher.group(1));
        }

        assertThat(values)
                .allSatisfy(value -> assertThat(params)
                        .as(value + " is documented by a @param of itself or of the object holding it")
                        .anyMatch(param -> value.equals(param) || value.startsWith(param + ".")));
        assertThat(params)
                .allSatisfy(param -> assertThat(values)
                        .as("@param " + param + " names a value")
                        .anyMatch(value -> value.equals(param) || value.startsWith(param + ".")));
    }

    @Test
    void schemaDescribesEveryValueAndRefusesUnknownKeys() {
        final Map<String, Object> schema = HelmChart.readYaml(HelmChart.DIRECTORY.resolve("values.schema.json"));
        final Map<String, Object> values = HelmChart.readYaml(HelmChart.DIRECTORY.resolve("values.yaml"));

        assertThat(schema).containsEntry("additionalProperties", false);
        checkDescribed("", values, schema, schema);
    }

    /** Dotted paths of the values that are not maps (an empty map counts as a value). */
    @SuppressWarnings("unchecked")
    private static Set<String> leaves(String prefix, Map<String, Object> map) {
        final Set<String> leaves = new TreeSet<>();
        map.forEach((key, value) -> {
            final String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> nested && !nested.isEmpty()) {
                leaves.addAll(leaves(path, (Map<String, Object>) nested));
            } else {
                leaves.add(path);
            }
        });
        return leaves;
    }

    /** Every key of the values has a property in the schema; objects with fixed properties refuse others. */
    @SuppressWarnings("unchecked")
    private static void checkDescribed(
            String prefix, Map<String, Object> values, Map<String, Object> node, Map<String, Object> root) {
        final Map<String, Object> resolved = resolve(node, root);
        final Map<String, Object> properties = (Map<String, Object>) resolved.get("properties");
        if (properties == null) {
            assertThat(resolved.get("type"))
                    .as(prefix + " is a free-form object")
                    .isEqualTo("object");
            return;
        }
        assertThat(resolved).as(prefix + " refuses unknown keys").containsEntry("additionalProperties", false);
        values.forEach((key, value) -> {
            final String path = prefix.isEmpty() ? key : prefix + "." + key;
            assertThat(properties).as("the schema describes " + path).containsKey(key);
            final Map<String, Object> property = resolve((Map<String, Object>) properties.get(key), root);
            if (value instanceof Map<?, ?> nested && "object".equals(property.get("type"))) {
                checkDescribed(path, (Map<String, Object>) nested, property, root);
            } else {
                assertThat(property).as(path + " has a type").containsKey("type");
                final Object type = property.get("type");
                final List<Object> types = type instanceof List<?> list ? List.copyOf(list) : List.of(type);
                assertThat(types).as(path + " type").contains(jsonType(value));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resolve(Map<String, Object> node, Map<String, Object> root) {
        final Object ref = node.get("$ref");
        if (ref == null) {
            return node;
        }
        final String name = ref.toString().substring("#/definitions/".length());
        return (Map<String, Object>) ((Map<String, Object>) root.get("definitions")).get(name);
    }

    private static String jsonType(Object value) {
        if (value instanceof Map<?, ?>) {
            return "object";
        }
        if (value instanceof List<?>) {
            return "array";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof Integer || value instanceof Long) {
            return "integer";
        }
        if (value instanceof Number) {
            return "number";
        }
        return "string";
    }
}
