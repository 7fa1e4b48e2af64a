package org.recoverytracker.views.config;

import net.jpountz.lz4.LZ4Factory;
import net.jpountz.xxhash.XXHashFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets Kafka compress and decompress LZ4 with lz4-java's native library instead of its pure-Java code.
 *
 * <p>Kafka asks lz4-java for its fastest implementation for every batch. lz4-java tries its native
 * library only when its classes come from the system class loader or the library is already loaded;
 * in a Spring Boot jar they come from the jar's own class loader, so every batch the views wrote (all
 * of them LZ4, see {@link RecoveryStreamsConfig}) and every LZ4 batch they read was compressed in
 * Java: the biggest single item in the stream thread's CPU profile ({@code tools/bench/run
 * --profile}). Loading the library once, before any Kafka client starts, makes it the fastest
 * implementation. On a platform lz4-java has no library for, Kafka keeps the Java one.
 */
final class NativeLz4 {

    private static final Logger LOG = LoggerFactory.getLogger(NativeLz4.class);

    private NativeLz4() {}

    static void load() {
        try {
            LZ4Factory.nativeInstance();
            XXHashFactory.nativeInstance();
        } catch (LinkageError | RuntimeException e) {
            LOG.warn("LZ4 in Java, slower: lz4-java's native library did not load ({})", e.toString());
        }
        LOG.info(
                "Kafka's LZ4 compression: {}, checksums: {}",
                LZ4Factory.fastestInstance(),
                XXHashFactory.fastestInstance());
    }
}
