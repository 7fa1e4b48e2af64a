package org.recoverytracker.ingest.publishing;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.recoverytracker.ingest.IngestProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * The producer settings of every service that takes partners' writes. Connection settings
 * (bootstrap servers, TLS, SASL) come from {@code spring.kafka.*}; the delivery guarantees are
 * fixed here, because they are what a 202 promises: idempotent, {@code acks=all}, and bounded
 * waits, so that an outage becomes a 503 within the timeout rather than a hung request.
 */
public final class ReliableProducer {

    private ReliableProducer() {}

    public static Map<String, Object> config(
            KafkaProperties kafka, KafkaConnectionDetails connection, IngestProperties ingest) {
        final Map<String, Object> config = kafka.buildProducerProperties();
        config.put(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
                connection.getProducer().getBootstrapServers());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        final int timeoutMs = (int) ingest.kafkaTimeout().toMillis();
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1000, timeoutMs / 2 - 5));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.max(1000, timeoutMs / 2));
        return config;
    }

    /**
     * A transactional id prefix unique per process: instances must never share a transactional
     * id, or they would fence each other's batches.
     *
     * @param service what writes, e.g. {@code recovery-ingest-job-loss}
     */
    public static String transactionIdPrefix(String service) {
        return service + "-" + hostName() + "-" + UUID.randomUUID() + "-";
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
