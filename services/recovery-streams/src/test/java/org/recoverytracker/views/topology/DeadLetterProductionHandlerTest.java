package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;
import org.recoverytracker.schemas.RecoveryTopics;

class DeadLetterProductionHandlerTest {

    private final DeadLetterProductionHandler handler = new DeadLetterProductionHandler();

    DeadLetterProductionHandlerTest() {
        handler.configure(Map.of());
    }

    private static final ErrorHandlerContext FROM_AN_EVENT_TOPIC = new ErrorHandlerContext() {
        @Override
        public String topic() {
            return "recovery.job-loss.v1";
        }

        @Override
        public int partition() {
            return 2;
        }

        @Override
        public long offset() {
            return 41;
        }

        @Override
        public Headers headers() {
            return new RecordHeaders();
        }

        @Override
        public String processorNodeId() {
            return "dead-letter-topic";
        }

        @Override
        public TaskId taskId() {
            return new TaskId(0, 2);
        }

        @Override
        public long timestamp() {
            return 0;
        }

        @Override
        public byte[] sourceRawKey() {
            return null;
        }

        @Override
        public byte[] sourceRawValue() {
            return null;
        }
    };

    @Test
    void skipsADeadLetterTooLargeToWriteInsteadOfFailingTheThread() {
        final var deadLetter = new ProducerRecord<>(RecoveryTopics.DEAD_LETTER, new byte[2_000_000], new byte[0]);

        assertThat(handler.handleError(FROM_AN_EVENT_TOPIC, deadLetter, new RecordTooLargeException("too large"))
                        .result())
                .isEqualTo(Result.RESUME);
    }

    @Test
    void failsOnARecordTooLargeForAnyOtherTopic() {
        final var change =
                new ProducerRecord<>("recovery-streams-recovery-place-deltas-repartition", new byte[1], new byte[1]);

        assertThat(handler.handleError(FROM_AN_EVENT_TOPIC, change, new RecordTooLargeException("too large"))
                        .result())
                .isEqualTo(Result.FAIL);
    }
}
