package org.recoverytracker.localkafka;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.serialization.StringSerializer;
import org.recoverytracker.testsupport.kafka.CommittedRecords;

/** Plain Kafka clients against a test broker, with every call bounded in time. */
final class TestClients {

    private static final long TIMEOUT_SECONDS = 30;

    private TestClients() {}

    static void createTopic(String bootstrapServers, String topic) {
        try (Admin admin = admin(bootstrapServers)) {
            await(admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all());
        }
    }

    /** Creates a topic with the broker's defaults: its number of partitions and its replication factor. */
    static void createDefaultTopic(String bootstrapServers, String topic) {
        try (Admin admin = admin(bootstrapServers)) {
            await(admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty())))
                    .all());
        }
    }

    /** The replicas of each partition of the topic, by node id. */
    static List<List<Integer>> replicas(String bootstrapServers, String topic) {
        try (Admin admin = admin(bootstrapServers)) {
            return await(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic).partitions().stream()
                    .map(partition ->
                            partition.replicas().stream().map(Node::id).toList())
                    .toList();
        }
    }

    static Set<String> topics(String bootstrapServers) {
        try (Admin admin = admin(bootstrapServers)) {
            return await(admin.listTopics().names());
        }
    }

    static String clusterId(String bootstrapServers) {
        try (Admin admin = admin(bootstrapServers)) {
            return await(admin.describeCluster().clusterId());
        }
    }

    /** Sends one record and waits until the broker has acknowledged it ({@code acks=all}). */
    static void send(String bootstrapServers, String topic, String value) {
        CommittedRecords.produce(bootstrapServers, topic, null, value.getBytes(StandardCharsets.UTF_8));
    }

    static KafkaProducer<String, String> transactionalProducer(String bootstrapServers, String transactionalId) {
        Map<String, Object> config = producerConfig(bootstrapServers);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        KafkaProducer<String, String> producer = new KafkaProducer<>(config);
        producer.initTransactions();
        return producer;
    }

    /** Every committed value of the topic, from its start: records of aborted or open transactions are not among them. */
    static List<String> readCommitted(String bootstrapServers, String topic) {
        return CommittedRecords.committed(bootstrapServers, topic).stream()
                .map(record -> new String(record.value(), StandardCharsets.UTF_8))
                .toList();
    }

    private static Map<String, Object> producerConfig(String bootstrapServers) {
        return new HashMap<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class));
    }

    private static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("No answer from the broker within " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
