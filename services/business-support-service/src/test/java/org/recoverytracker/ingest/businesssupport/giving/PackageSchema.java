package org.recoverytracker.ingest.businesssupport.giving;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The 360Giving package schema, from the copies in {@code src/test/resources/360giving} (see
 * {@code PROVENANCE.md} there): a test package that the standard would refuse proves nothing.
 */
final class PackageSchema {

    private static final String STANDARD = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/";
    private static final String PACKAGE = STANDARD + "1.4.3/schema/360-giving-package-schema.json";

    private static final Schema SCHEMA = load();

    private PackageSchema() {}

    /** What the schema finds wrong with a package; empty when it is valid. */
    static List<String> errors(String packageJson) {
        return SCHEMA.validate(packageJson, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }

    static String resource(String path) {
        try (InputStream in = PackageSchema.class.getResourceAsStream("/360giving/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no test resource 360giving/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load() {
        final String grant = resource("360-giving-schema.json");
        // The package schema refers to the grant schema of release 1.4.2; the copy is of 1.4.3.
        final Map<String, String> schemas = Map.of(
                PACKAGE,
                resource("360-giving-package-schema.json"),
                STANDARD + "1.4.2/schema/360-giving-schema.json",
                grant,
                STANDARD + "1.4.3/schema/360-giving-schema.json",
                grant);
        // The standard's dates are oneOf a date-time format and a date pattern: like the standard's own
        // tools, formats are asserted, or a plain date would match both and fail the oneOf.
        final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemas(schemas)
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .formatAssertionsEnabled(true)
                                .build()));
        return registry.getSchema(SchemaLocation.of(PACKAGE));
    }
}
