package org.recoverytracker.schemas;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.recoverytracker.reference.records.Area;
import org.recoverytracker.reference.records.Baseline;

/** Every record the project writes to Kafka: the three events and the reference records. */
public final class WrittenRecords {

    private static final List<Class<? extends SpecificRecord>> CLASSES = Stream.concat(
                    Arrays.stream(EventKind.values()).map(EventKind::recordClass),
                    Stream.of(Area.class, Baseline.class))
            .toList();

    private WrittenRecords() {}

    /** Their generated classes: the events in {@link EventKind} order, then areas and baselines. */
    public static List<Class<? extends SpecificRecord>> classes() {
        return CLASSES;
    }

    /** Their current schemas, in the same order. */
    public static List<Schema> schemas() {
        return CLASSES.stream().map(SpecificData.get()::getSchema).toList();
    }
}
