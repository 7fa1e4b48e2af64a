package org.recoverytracker.views.topology;

/**
 * How many partitions an event topic has, so that each record's partition can be checked against
 * its key: Kafka Streams tells a processor a record's partition, never the topic's count.
 */
@FunctionalInterface
public interface EventTopicPartitions {

    /** For a topology test driver, whose topics have one partition. */
    EventTopicPartitions ONE = (topic, seenPartition) -> 1;

    /**
     * The topic's partition count, looked up again when a record arrives from a partition beyond
     * the count known so far (the topic has grown).
     *
     * @param seenPartition the partition of the record being checked
     * @return the count, or 0 when it can't be known now (the record is then not checked)
     */
    int partitionsOf(String topic, int seenPartition);
}
