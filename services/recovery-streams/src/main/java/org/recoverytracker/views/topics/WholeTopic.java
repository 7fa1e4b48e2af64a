package org.recoverytracker.views.topics;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic whole, from its first record to its last committed one at the start of the read,
 * with a consumer of its own (assigned, no group, read_committed), within a time limit: for the
 * few questions answered from a topic rather than a store (a release's basis, a partner's grants).
 */
public final class WholeTopic {

    private final Map<String, Object> consumerProperties;

    /**
     * @param consumerProperties the service's consumer settings (connection, security)
     * @param maxRecordBytes the largest record the topics read may hold
     */
    public WholeTopic(Map<String, Object> consumerProperties, int maxRecordBytes) {
        this.consumerProperties = new HashMap<>(consumerProperties);
        this.consumerProperties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumerProperties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.consumerProperties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumerProperties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, maxRecordBytes);
    }

    /**
     * Hands every record of the topic, partition by partition in offset order, to {@code reader}.
     *
     * @throws IllegalStateException when the topic can't be read within {@code limit}
     */
    public void read(String topic, Duration limit, Consumer<ConsumerRecord<String, byte[]>> reader) {
        final Instant deadline = Instant.now().plus(limit);
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(consumerProperties, new StringDeserializer(), new ByteArrayDeserializer())) {
            final List<PartitionInfo> infos = consumer.partitionsFor(topic, limit);
            final List<TopicPartition> partitions = infos.stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            final Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, limit);
            while (!readToEnd(consumer, ends)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException(topic + " could not be read within " + limit + ".");
                }
                consumer.poll(Duration.ofMillis(500)).forEach(reader);
            }
        }
    }

    private static boolean readToEnd(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> ends) {
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }
}
