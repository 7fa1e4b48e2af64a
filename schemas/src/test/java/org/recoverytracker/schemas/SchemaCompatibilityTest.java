package org.recoverytracker.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaFormatter;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.SchemaValidationException;
import org.apache.avro.SchemaValidatorBuilder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Guards the schemas' evolution: the current schema of each event and reference record must be released (frozen in
 * {@code schema-history/}) and must read every earlier released version (backward-transitive).
 */
class SchemaCompatibilityTest {

    static Stream<Class<? extends SpecificRecord>> writtenRecords() {
        return WrittenRecords.classes().stream();
    }

    @ParameterizedTest
    @MethodSource("writtenRecords")
    void currentSchemaReadsEveryReleasedVersion(Class<?> recordClass) {
        final Schema current = SpecificData.get().getSchema(recordClass);
        final List<Schema> history = SchemaHistory.released(current.getFullName());

        assertThat(history).as("released versions of %s", current.getFullName()).isNotEmpty();
        assertThat(incompatibilities(current, history))
                .as("why %s cannot read its released versions", current.getName())
                .isEmpty();
    }

    @ParameterizedTest
    @MethodSource("writtenRecords")
    void currentSchemaIsReleased(Class<?> recordClass) throws IOException {
        final Schema current = SpecificData.get().getSchema(recordClass);
        final List<Schema> history = SchemaHistory.released(current.getFullName());
        if (history.isEmpty() || fingerprint(history.get(history.size() - 1)) != fingerprint(current)) {
            final String next = SchemaHistory.resourceName(current.getFullName(), history.size() + 1);
            final Path candidate = Path.of("target", "schema-release", next);
            Files.createDirectories(candidate.getParent());
            Files.writeString(candidate, SchemaFormatter.format("json/pretty", current) + "\n");
            throw new AssertionError(current.getName() + " has changed since its newest released version. "
                    + "Records written with it could not be read by a reader that does not know it. "
                    + "Once it is compatible, release it: copy " + candidate.toAbsolutePath()
                    + " to src/main/resources/" + next);
        }
    }

    @Test
    void checkRejectsANewRequiredFieldWithoutDefault() {
        final Schema released = currentSchema(EventKind.JOB_LOSS);
        final Schema changed = withExtraField(released, "{\"name\": \"region\", \"type\": \"string\"}");

        assertThat(incompatibilities(changed, List.of(released)))
                .anySatisfy(message -> assertThat(message).contains("region"));
    }

    @Test
    void checkAcceptsANewOptionalFieldWithDefault() {
        final Schema released = currentSchema(EventKind.JOB_LOSS);
        final Schema changed =
                withExtraField(released, "{\"name\": \"region\", \"type\": [\"null\", \"string\"], \"default\": null}");

        assertThat(incompatibilities(changed, List.of(released))).isEmpty();
    }

    private static Schema currentSchema(EventKind kind) {
        return SpecificData.get().getSchema(kind.recordClass());
    }

    private static long fingerprint(Schema schema) {
        return SchemaNormalization.parsingFingerprint64(schema);
    }

    /** Avro's own validator decides; its per-version messages say why, for the failure report. */
    private static List<String> incompatibilities(Schema reader, List<Schema> historyOldestFirst) {
        final List<Schema> newestFirst = new ArrayList<>(historyOldestFirst);
        Collections.reverse(newestFirst);
        try {
            new SchemaValidatorBuilder().canReadStrategy().validateAll().validate(reader, newestFirst);
            return List.of();
        } catch (SchemaValidationException e) {
            final List<String> messages = new ArrayList<>();
            for (int i = 0; i < historyOldestFirst.size(); i++) {
                final var result = SchemaCompatibility.checkReaderWriterCompatibility(reader, historyOldestFirst.get(i))
                        .getResult();
                for (var incompatibility : result.getIncompatibilities()) {
                    messages.add("v" + (i + 1) + ": " + incompatibility.getType() + " at "
                            + incompatibility.getLocation() + ": " + incompatibility.getMessage());
                }
            }
            return messages.isEmpty() ? List.of(e.getMessage()) : messages;
        }
    }

    private static Schema withExtraField(Schema schema, String fieldJson) {
        final String json = schema.toString();
        final int lastBracket = json.lastIndexOf(']');
        return new Schema.Parser()
                .parse(json.substring(0, lastBracket) + "," + fieldJson + json.substring(lastBracket));
    }
}
