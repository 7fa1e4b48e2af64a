package org.recoverytracker.views.topology;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The revision log's values as JSON: the log is read by people and tools outside the project
 * (auditors, analysts), who should not need the project's schemas to read it. Instants and dates
 * are ISO-8601 strings; measures are written with {@code netJobChange}, as the Views API shows them.
 * Written by {@link RevisionJson}, read with Jackson.
 */
public final class RevisionSerde {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RevisionSerde() {}

    public static Serde<Revision> serde() {
        return Serdes.serdeFrom(
                (topic, revision) -> revision == null ? null : RevisionJson.write(revision), (topic, bytes) -> {
                    if (bytes == null) {
                        return null;
                    }
                    try {
                        return JSON.readValue(bytes, Revision.class);
                    } catch (JacksonException e) {
                        throw new SerializationException("not a revision: " + e.getOriginalMessage(), e);
                    }
                });
    }
}
