package org.recoverytracker.views.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.recoverytracker.localkafka.BrokerProcess;
import org.recoverytracker.localkafka.BrokerSettings;
import org.recoverytracker.localkafka.LocalKafkaBroker;
import org.recoverytracker.testsupport.files.Directories;

/**
 * A single-node KRaft broker in this JVM, as the views' tests run it: the local stack's broker
 * (tools/local-kafka), on a free port and a data directory of its own that closing removes. Topics
 * exist only as the service creates them. Not spring-kafka-test's embedded broker: that one needs
 * Kafka's test jars at this module's Kafka version, which are not published for it.
 */
record TestBroker(LocalKafkaBroker broker, Path dataDir) implements AutoCloseable {

    /** A started broker; close it when done. */
    static TestBroker start() {
        final Path dataDir;
        try {
            dataDir = Files.createTempDirectory("views-it-kafka");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TestBroker(LocalKafkaBroker.start(BrokerSettings.of(dataDir, BrokerProcess.freePort())), dataDir);
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public void close() {
        try {
            broker.close();
        } finally {
            Directories.deleteTree(dataDir);
        }
    }
}
