package org.recoverytracker.bench.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recoverytracker.localkafka.ChildProcesses;

/**
 * Runs Kafka's own performance tools ({@code ProducerPerformance}, {@code ConsumerPerformance} from
 * {@code kafka-tools}) in a JVM of their own, on their own classpath (they bring Jetty, Jersey and
 * connect-runtime, which must not meet anything else), and reads their figures from their output.
 */
public final class PerfTools {

    private static final Pattern PRODUCER_SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), ([\\d.]+) ms avg latency, ([\\d.]+) ms max latency,"
                    + " (\\d+) ms 50th, (\\d+) ms 95th, (\\d+) ms 99th");

    private final String bootstrap;
    private final String classpath;
    private final Path logDir;

    /**
     * @param classpathFile the file tools/bench/run wrote kafka-tools' classpath to
     * @param logDir where each run's full output is kept
     */
    public PerfTools(String bootstrap, Path classpathFile, Path logDir) {
        this.bootstrap = bootstrap;
        this.logDir = logDir;
        try {
            this.classpath =
                    Files.readString(classpathFile, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kafka-tools classpath " + classpathFile, e);
        }
    }

    /** One ProducerPerformance run's summary. */
    public record ProducerRun(
            long records, double perSecond, double mbPerSecond, double avgLatencyMs, long p50Ms, long p99Ms) {}

    /** One ConsumerPerformance run: records per second while fetching (the group join excluded). */
    public record ConsumerRun(long records, double perSecond, double mbPerSecond) {}

    public ProducerRun produce(String topic, long records, int recordSize, String name) {
        final String output = run(
                name,
                "org.apache.kafka.tools.ProducerPerformance",
                "--topic",
                topic,
                "--num-records",
                Long.toString(records),
                "--record-size",
                Integer.toString(recordSize),
                "--throughput",
                "-1",
                "--producer-props",
                "bootstrap.servers=" + bootstrap,
                "acks=all",
                "enable.idempotence=true");
        return parseProducer(output);
    }

    public ConsumerRun consume(String topic, long records, String name) {
        final String output = run(
                name,
                "org.apache.kafka.tools.ConsumerPerformance",
                "--bootstrap-server",
                bootstrap,
                "--topic",
                topic,
                "--messages",
                Long.toString(records),
                "--group",
                "bench-consumer-perf-" + UUID.randomUUID(),
                "--timeout",
                "30000");
        return parseConsumer(output);
    }

    /** Reads the last summary line ProducerPerformance prints. */
    public static ProducerRun parseProducer(String output) {
        ProducerRun last = null;
        final Matcher matcher = PRODUCER_SUMMARY.matcher(output);
        while (matcher.find()) {
            last = new ProducerRun(
                    Long.parseLong(matcher.group(1)),
                    Double.parseDouble(matcher.group(2)),
                    Double.parseDouble(matcher.group(3)),
                    Double.parseDouble(matcher.group(4)),
                    Long.parseLong(matcher.group(6)),
                    Long.parseLong(matcher.group(8)));
        }
        if (last == null) {
            throw new IllegalStateException("no summary line in ProducerPerformance's output:\n" + output);
        }
        return last;
    }

    /**
     * Reads ConsumerPerformance's table: a header line naming the columns, then one line of values.
     * {@code fetch.nMsg.sec} leaves out the time the consumer spent joining its group.
     */
    public static ConsumerRun parseConsumer(String output) {
        final List<String> lines = output.lines().map(String::trim).toList();
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).startsWith("start.time")) {
                final List<String> header = Arrays.asList(lines.get(i).split(",\\s*"));
                final String[] values = lines.get(i + 1).split(",\\s*");
                if (values.length != header.size()) {
                    break;
                }
                return new ConsumerRun(
                        Long.parseLong(values[header.indexOf("data.consumed.in.nMsg")]),
                        Double.parseDouble(values[header.indexOf("fetch.nMsg.sec")]),
                        Double.parseDouble(values[header.indexOf("fetch.MB.sec")]));
            }
        }
        throw new IllegalStateException("no result table in ConsumerPerformance's output:\n" + output);
    }

    private String run(String name, String mainClass, String... arguments) {
        final List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-XX:+UseSerialGC",
                "-Duser.language=en",
                "-Duser.country=US",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                "-cp",
                classpath,
                mainClass));
        command.addAll(List.of(arguments));
        final Path log = logDir.resolve(name + ".log");
        try {
            Files.createDirectories(logDir);
            // Killed if this JVM is stopped (tools/bench/run interrupted).
            final Process process = ChildProcesses.reapOnExit(new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start());
            process.getOutputStream().close();
            if (!ChildProcesses.awaitExit(process, Duration.ofMinutes(5))) {
                throw new IllegalStateException(mainClass
                        + (Thread.currentThread().isInterrupted()
                                ? " was interrupted"
                                : " did not finish within 5 minutes")
                        + "; see " + log);
            }
            final String output = Files.readString(log, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        mainClass + " failed (exit " + process.exitValue() + "); see " + log + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + mainClass, e);
        }
    }
}
