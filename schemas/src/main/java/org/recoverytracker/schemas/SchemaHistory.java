package org.recoverytracker.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * The released versions of a record schema, frozen under
 * {@code schema-history/<full name>/v<N>.avsc}.
 *
 * <p>Every version that was ever written to Kafka must stay here: a single-object encoded record
 * carries only its writer schema's fingerprint, so a reader can decode it only if it knows that
 * schema. The compatibility test checks that the current schema is released and can read every
 * earlier version.
 */
public final class SchemaHistory {

    private static final String ROOT = "schema-history/";

    private SchemaHistory() {}

    /** Every released version of the named record, oldest first. */
    public static List<Schema> released(String recordName) {
        final List<Schema> versions = new ArrayList<>();
        for (int version = 1; ; version++) {
            final String resource = resourceName(recordName, version);
            try (InputStream in = SchemaHistory.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    return List.copyOf(versions);
                }
                versions.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read released schema " + resource, e);
            }
        }
    }

    /** Where version {@code version} of the named record is (or would be) frozen. */
    public static String resourceName(String recordName, int version) {
        return ROOT + recordName + "/v" + version + ".avsc";
    }
}
