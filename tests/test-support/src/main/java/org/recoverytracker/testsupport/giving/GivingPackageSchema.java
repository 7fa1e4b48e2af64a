package org.recoverytracker.testsupport.giving;

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
 * The 360Giving package schema, from the copies in {@code 360giving/} in this module's resources (see
 * {@code PROVENANCE.md} there): a test package that the standard would refuse proves nothing.
 */
public final class GivingPackageSchema {

    private static final String STANDARD = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/";
    private static final String PACKAGE = STANDARD + "1.4.3/schema/360-giving-package-schema.json";

    private static final Schema SCHEMA = load();

    private GivingPackageSchema() {}

    /** What the schema finds wrong with a package; empty when it is valid. */
    public static List<String> errors(String packageJson) {
        return SCHEMA.validate(packageJson, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }

    /** A file under {@code 360giving/}: the standard's schemas and codelist, and the test packages. */
    public static String resource(String path) {
        try (InputStream in = GivingPackageSchema.class.getResourceAsStream("/360giving/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no resource 360giving/" + path);
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
