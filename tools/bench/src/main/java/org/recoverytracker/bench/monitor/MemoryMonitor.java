package org.recoverytracker.bench.monitor;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.recoverytracker.bench.http.Http;
import org.recoverytracker.bench.results.ResultFile;
import tools.jackson.databind.node.ObjectNode;

/**
 * Samples the memory of every service while the benchmark runs: heap from each service's
 * {@code /actuator/prometheus} (what Prometheus would scrape), resident memory from
 * {@code /proc/<pid>/status} ({@code VmHWM} is the kernel's own peak, so nothing between two
 * samples is missed). tools/bench/run registers each process it starts as a file in the registry
 * directory ({@code service=}, {@code pid=}, optional {@code port=} and {@code gclog=}); instances
 * of one service (the streams service runs twice) are reported together, by their peak. Sampling
 * misses the moments just before a collection, when the heap is fullest, so the peak heap is also
 * read from each service's GC log, which records every one of them. The figures are rewritten
 * after every sample and once more when the monitor is stopped.
 */
public final class MemoryMonitor {

    private static final double MB = 1024 * 1024;

    private final Http http = new Http();
    private final Path registry;
    private final Path out;
    private final Duration interval;
    private final Map<String, Peaks> peaks = new TreeMap<>();
    private volatile boolean running = true;

    public MemoryMonitor(Path registry, Path out, Duration interval) {
        this.registry = registry;
        this.out = out;
        this.interval = interval;
    }

    /** The highest values seen of one service. */
    private static final class Peaks {
        double heapUsed;
        double heapBeforeGc;
        double heapAfterGc;
        long collections;
        double heapCommitted;
        double heapMax;
        double liveData;
        double rss;
        long samples;
        int instances;

        ObjectNode toJson() {
            final ObjectNode json = ResultFile.object();
            json.put("heapUsedPeakMb", round(Math.max(heapUsed, heapBeforeGc) / MB));
            json.put("heapUsedPeakSampledMb", round(heapUsed / MB));
            json.put("heapBeforeGcPeakMb", round(heapBeforeGc / MB));
            json.put("collections", collections);
            json.put("heapCommittedPeakMb", round(heapCommitted / MB));
            json.put("heapMaxMb", round(heapMax / MB));
            json.put("liveDataAfterGcPeakMb", round(liveData / MB));
            json.put("heapAfterGcPeakMb", round(heapAfterGc / MB));
            json.put("rssPeakMb", round(rss / MB));
            json.put("heapSamples", samples);
            json.put("instances", instances);
            return json;
        }
    }

    public void run() throws InterruptedException {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            running = false;
                            write();
                        },
                        "memory-monitor-stop"));
        while (running) {
            final long start = System.nanoTime();
            sampleAll();
            write();
            final long left = interval.toMillis() - (System.nanoTime() - start) / 1_000_000;
            if (left > 0) {
                Thread.sleep(left);
            }
        }
    }

    private void sampleAll() throws InterruptedException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(registry, "*.service")) {
            for (Path file : files) {
                sample(read(file));
            }
        } catch (IOException e) {
            System.err.println("memory monitor: cannot read " + registry + ": " + e);
        }
    }

    private void sample(Properties process) throws InterruptedException {
        final String service = process.getProperty("service");
        final String pid = process.getProperty("pid");
        if (service == null || pid == null) {
            return;
        }
        final Path status = Path.of("/proc", pid, "status");
        if (!Files.exists(status)) {
            return;
        }
        final double rss = statusKb(status, "VmHWM:") * 1024;
        final String port = process.getProperty("port");
        String exposition = null;
        if (port != null) {
            final HttpResponse<String> response = http.tryGet(
                    URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"), "text/plain;version=0.0.4");
            exposition = response != null && response.statusCode() == 200 ? response.body() : null;
        }
        final String gcLog = process.getProperty("gclog");
        final GcLog.Peaks gc = gcLog == null ? null : GcLog.parse(readQuietly(Path.of(gcLog)));
        synchronized (peaks) {
            final Peaks peak = peaks.computeIfAbsent(service, name -> new Peaks());
            peak.rss = Math.max(peak.rss, rss);
            if (gc != null) {
                peak.heapBeforeGc = Math.max(peak.heapBeforeGc, gc.beforeMax());
                peak.heapAfterGc = Math.max(peak.heapAfterGc, gc.afterMax());
                peak.collections = Math.max(peak.collections, gc.collections());
            }
            if (exposition != null) {
                final Map<String, String> heap = Map.of("area", "heap");
                peak.heapUsed = max(peak.heapUsed, PrometheusText.sum(exposition, "jvm_memory_used_bytes", heap));
                peak.heapCommitted =
                        max(peak.heapCommitted, PrometheusText.sum(exposition, "jvm_memory_committed_bytes", heap));
                peak.heapMax = max(peak.heapMax, PrometheusText.sum(exposition, "jvm_memory_max_bytes", heap));
                peak.liveData =
                        max(peak.liveData, PrometheusText.sum(exposition, "jvm_gc_live_data_size_bytes", Map.of()));
                peak.samples++;
            }
            peak.instances = Math.max(peak.instances, instancesOf(service));
        }
    }

    private int instancesOf(String service) {
        try (var files = Files.list(registry)) {
            return (int) files.filter(file -> file.toString().endsWith(".service"))
                    .filter(file -> service.equals(read(file).getProperty("service")))
                    .count();
        } catch (IOException e) {
            return 1;
        }
    }

    private void write() {
        synchronized (peaks) {
            final ObjectNode result = ResultFile.object();
            result.put("intervalSeconds", interval.toSeconds());
            final ObjectNode services = result.putObject("services");
            peaks.forEach((service, peak) -> services.set(service, peak.toJson()));
            ResultFile.write(out, result);
        }
    }

    private static Properties read(Path file) {
        final Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            // Being written right now; the next sample reads it.
        }
        return properties;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }

    private static double statusKb(Path status, String field) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(field)) {
                    return Double.parseDouble(
                            line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The process ended between the check and the read.
        }
        return 0;
    }

    private static double max(double peak, double sample) {
        return Double.isNaN(sample) ? peak : Math.max(peak, sample);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
