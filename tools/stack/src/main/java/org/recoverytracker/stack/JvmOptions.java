package org.recoverytracker.stack;

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
    public static final List<String> STREAMS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");
    public static final List<String> INGEST = List.of(
            "-Xmx384m", "-Xss512k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");
    public static final List<String> FEED = List.of("-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private JvmOptions() {}
}
