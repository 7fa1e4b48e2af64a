package org.recoverytracker.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * JVM options per kind of process, for a 2-core machine shared with other work. The broker and
 * the streams service do the real work, so they keep the optimising JIT; the ingest services and
 * the demo feed do little per request, so the quick C1 compiler is enough and saves CPU while
 * everything starts at once. Bounded heaps instead of a quarter of the machine's memory each, and
 * a collector without background threads.
 */
public final class JvmOptions {

    public static final List<String> BROKER = List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC");
    /**
     * The parallel collector: a young collection stops every stream thread, and with the serial one a
     * single core collected while the other waited (the collector's CPU per million events went from
     * 8.1 to 5.2-5.7 seconds; tools/bench/README.md).
     */
    public static final List<String> STREAMS = List.of("-Xmx512m", "-XX:+UseParallelGC", "-XX:+ExitOnOutOfMemoryError");

    public static final List<String> INGEST = List.of(
            "-Xmx384m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");
    public static final List<String> FEED = List.of("-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private JvmOptions() {}

    /**
     * {@code options} with {@code java.io.tmpdir} set to {@code tempDir} (created if missing): what
     * the JVM unpacks or leaves behind (Tomcat's work directory, the native libraries of RocksDB
     * and lz4-java, which a killed JVM never deletes) stays in a directory its owner removes,
     * instead of piling up in the machine's.
     */
    public static List<String> withTempDir(List<String> options, Path tempDir) {
        try {
            Files.createDirectories(tempDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + tempDir, e);
        }
        List<String> all = new ArrayList<>(options);
        all.add("-Djava.io.tmpdir=" + tempDir);
        return List.copyOf(all);
    }
}
