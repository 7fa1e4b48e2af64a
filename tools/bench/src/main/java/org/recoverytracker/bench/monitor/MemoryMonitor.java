package org.recoverytracker.bench.monitor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.recoverytracker.bench.http.Http;
import org.recoverytracker.bench.results.ResultFile;
import tools.jackson.databind.node.ObjectNode;

/**
 * Samples the memory of every service while the benchmark runs: heap from each service's
 * {@code /actuator/prometheus} (what Prometheus would scrape), resident memory from
 * {@code /proc/<pid>/status} ({@code VmHWM} is the kernel's own peak, so nothing between two
 * samples is missed). The benchmark tells it about each process it starts ({@link #watch});
 * instances of one service (the streams service runs several times) are reported together, by
 * their peak. Sampling misses the moments just before a collection, when the heap is fullest, so
 * the peak heap is also read from each service's GC log, which records every one of them. The
 * figures are rewritten after every sample and once more when the monitor is stopped.
 */
public final class MemoryMonitor {

    private static final double MB = 1024 * 1024;

    private final Http http = new Http();
    private final Path out;
    private final Duration interval;
    private final List<Watched> watched = new CopyOnWriteArrayList<>();
    private final Map<String, Peaks> peaks = new TreeMap<>();
    private final Thread sampler = new Thread(this::sampleUntilStopped, "memory-monitor");
    private volatile boolean running = true;

    public MemoryMonitor(Path out, Duration interval) {
        this.out = out;
        this.interval = interval;
        sampler.setDaemon(true);
    }

    /**
     * A process the monitor samples.
     *
     * @param service the service it is an instance of, under which it is reported
     * @param port where its {@code /actuator/prometheus} answers; null for a process without one
     *     (the broker)
     * @param gcLog its GC log ({@code -Xlog:gc:file=}); null if it writes none
     */
    public record Watched(String service, long pid, Integer port, Path gcLog) {}

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

    /** Samples {@code process} from now on, as one more instance of its service. */
    public void watch(Watched process) {
        watched.add(process);
    }

    /** Samples every {@code interval} on a thread of its own until {@link #stop()}. */
    public MemoryMonitor start() {
        sampler.start();
        return this;
    }

    /** Stops sampling and writes the figures once more. */
    public void stop() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(interval.toMillis() + 10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        write();
    }

    private void sampleUntilStopped() {
        try {
            while (running) {
                final long start = System.nanoTime();
                for (Watched process : watched) {
                    sample(process);
                }
                write();
                final long left = interval.toMillis() - (System.nanoTime() - start) / 1_000_000;
                if (left > 0) {
                    Thread.sleep(left);
                }
            }
        } catch (InterruptedException e) {
            // Stopped.
        }
    }

    private void sample(Watched process) throws InterruptedException {
        final String service = process.service();
        final Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        if (!Files.exists(status)) {
            return;
        }
        final double rss = statusKb(status, "VmHWM:") * 1024;
        final Integer port = process.port();
        String exposition = null;
        if (port != null) {
            final HttpResponse<String> response = http.tryGet(
                    URI.create("http://127.0.0.1:" + port + "/actuator/prometheus"), "text/plain;version=0.0.4");
            exposition = response != null && response.statusCode() == 200 ? response.body() : null;
        }
        final Path gcLog = process.gcLog();
        final GcLog.Peaks gc = gcLog == null ? null : GcLog.parse(readQuietly(gcLog));
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
        return (int) watched.stream()
                .filter(process -> process.service().equals(service))
                .count();
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
