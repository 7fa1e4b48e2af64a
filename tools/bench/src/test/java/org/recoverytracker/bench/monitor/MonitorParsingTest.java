package org.recoverytracker.bench.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MonitorParsingTest {

    private static final String EXPOSITION = """
            # HELP jvm_memory_used_bytes The amount of used memory
            # TYPE jvm_memory_used_bytes gauge
            jvm_memory_used_bytes{application="recovery-streams",area="heap",id="Eden Space"} 4.4295072E7
            jvm_memory_used_bytes{application="recovery-streams",area="heap",id="Survivor Space"} 9539648.0
            jvm_memory_used_bytes{application="recovery-streams",area="heap",id="Tenured Gen"} 9.861096E7
            jvm_memory_used_bytes{application="recovery-streams",area="nonheap",id="Metaspace"} 7.851552E7
            jvm_memory_used_bytes_other{area="heap"} 1
            jvm_memory_max_bytes{area="nonheap",id="Metaspace"} -1.0
            jvm_gc_live_data_size_bytes{application="recovery-streams"} 4.4918032E7
            """;

    @Test
    void sumsTheSamplesWithTheLabels() {
        assertThat(PrometheusText.sum(EXPOSITION, "jvm_memory_used_bytes", Map.of("area", "heap")))
                .isEqualTo(4.4295072E7 + 9539648.0 + 9.861096E7);
        assertThat(PrometheusText.sum(EXPOSITION, "jvm_gc_live_data_size_bytes", Map.of()))
                .isEqualTo(4.4918032E7);
    }

    @Test
    void aMetricWithNoUsableSampleIsNaN() {
        assertThat(PrometheusText.sum(EXPOSITION, "jvm_memory_max_bytes", Map.of()))
                .isNaN();
        assertThat(PrometheusText.sum(EXPOSITION, "no_such_metric", Map.of())).isNaN();
    }

    @Test
    void gcLogPeaksAreTheLargestHeapBeforeAndAfterCollections() {
        final GcLog.Peaks peaks = GcLog.parse("""
                [13.150s][info][gc] GC(0) Pause Young (Allocation Failure) 100M->4M(365M) 182.586ms
                [22.334s][info][gc] GC(2) Pause Full (Metadata GC Threshold) 12M->7M(365M) 377.991ms
                [158.314s][info][gc] GC(277) Pause Young (Allocation Failure) 206M->106M(365M) 27.387ms
                [160.001s][info][gc] GC(278) Pause Young (Allocation Failure) 1G->512M(1G) 27.387ms
                [160.002s][info][gc] Using Serial
                """);
        assertThat(peaks.collections()).isEqualTo(4);
        assertThat(peaks.beforeMax()).isEqualTo(1024.0 * 1024 * 1024);
        assertThat(peaks.afterMax()).isEqualTo(512.0 * 1024 * 1024);
        assertThat(peaks.afterFullMax()).isEqualTo(7.0 * 1024 * 1024);
    }
}
