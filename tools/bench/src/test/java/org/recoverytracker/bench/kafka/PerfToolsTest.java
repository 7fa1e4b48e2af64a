package org.recoverytracker.bench.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The perf tools' output as Kafka 4.1 prints it. */
class PerfToolsTest {

    @Test
    void readsTheLastSummaryOfProducerPerformance() {
        final PerfTools.ProducerRun run = PerfTools.parseProducer("""
                43690 records sent, 8057.9 records/sec (1.13 MB/sec), 1532.7 ms avg latency, 2943.0 ms max latency.
                500000 records sent, 51861.8 records/sec (7.27 MB/sec), 2265.75 ms avg latency, 3514.00 ms max latency, \
                2320 ms 50th, 3362 ms 95th, 3468 ms 99th, 3509 ms 99.9th.
                """);
        assertThat(run.records()).isEqualTo(500_000);
        assertThat(run.perSecond()).isEqualTo(51861.8);
        assertThat(run.mbPerSecond()).isEqualTo(7.27);
        assertThat(run.p50Ms()).isEqualTo(2320);
        assertThat(run.p99Ms()).isEqualTo(3468);
    }

    @Test
    void readsConsumerPerformanceByColumnName() {
        final PerfTools.ConsumerRun run = PerfTools.parseConsumer("""
                SLF4J: Defaulting to no-operation (NOP) logger implementation
                start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, \
                fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
                2026-11-28 18:45:31:292, 2026-11-28 18:45:35:134, 70.0951, 18.2444, 500000, 130140.5518, 1767, 2075, \
                33.7808, 240963.8554
                """);
        assertThat(run.records()).isEqualTo(500_000);
        assertThat(run.perSecond()).isEqualTo(240963.8554);
        assertThat(run.mbPerSecond()).isEqualTo(33.7808);
    }

    @Test
    void outputWithoutFiguresIsAnError() {
        assertThatThrownBy(() -> PerfTools.parseProducer("Exception in thread main"))
                .hasMessageContaining("no summary");
        assertThatThrownBy(() -> PerfTools.parseConsumer("WARN nothing")).hasMessageContaining("no result table");
    }
}
