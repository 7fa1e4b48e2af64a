package org.recoverytracker.localkafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.properties.MetaProperties;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.properties.PropertiesUtils;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Formats a KRaft log directory once, the way {@code kafka-storage.sh format} does.
 *
 * <p>A KRaft node refuses to start on an unformatted directory, and formatting writes the cluster
 * id into {@code meta.properties}. Formatting only a directory that has no {@code meta.properties}
 * yet is what makes a restart on the same directory find the same cluster, topics and records.
 */
final class KraftStorage {

    private static final Logger LOG = LoggerFactory.getLogger(KraftStorage.class);

    private KraftStorage() {}

    /**
     * Formats {@code logDir} for a single static-quorum node unless it is formatted already.
     *
     * @return the cluster id written now, or empty when the directory was formatted before
     */
    static Optional<String> formatIfNeeded(Path logDir, int nodeId, String controllerListener) {
        return formatIfNeeded(
                logDir, nodeId, controllerListener, Uuid.randomUuid().toString());
    }

    /**
     * Formats {@code logDir} for node {@code nodeId} of cluster {@code clusterId} unless it is
     * formatted already: every node of a cluster is formatted with the same id.
     *
     * @return the cluster id written now, or empty when the directory was formatted before
     */
    static Optional<String> formatIfNeeded(Path logDir, int nodeId, String controllerListener, String clusterId) {
        if (isFormatted(logDir)) {
            return Optional.empty();
        }
        try (PrintStream discarded = new PrintStream(OutputStream.nullOutputStream())) {
            new Formatter()
                    .setPrintStream(discarded)
                    .setNodeId(nodeId)
                    .setClusterId(clusterId)
                    .setControllerListenerName(controllerListener)
                    .setMetadataLogDirectory(logDir.toString())
                    .addDirectory(logDir.toString())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format KRaft storage in " + logDir, e);
        }
        LOG.info("Formatted KRaft storage in {} for new cluster {}", logDir, clusterId);
        return Optional.of(clusterId);
    }

    static boolean isFormatted(Path logDir) {
        return Files.exists(metaProperties(logDir));
    }

    /** The cluster id recorded in {@code logDir}, or empty when it is not formatted. */
    static Optional<String> clusterId(Path logDir) {
        if (!isFormatted(logDir)) {
            return Optional.empty();
        }
        try {
            Properties properties =
                    PropertiesUtils.readPropertiesFile(metaProperties(logDir).toString());
            return new MetaProperties.Builder(properties).build().clusterId();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + metaProperties(logDir), e);
        }
    }

    private static Path metaProperties(Path logDir) {
        return logDir.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME);
    }
}
