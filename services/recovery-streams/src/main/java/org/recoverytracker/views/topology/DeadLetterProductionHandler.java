package org.recoverytracker.views.topology;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.recoverytracker.schemas.RecoveryTopics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A dead letter the broker won't take (too large even after the decoder shortened its value and
 * headers, e.g. for a huge key) is logged and skipped rather than failing the stream thread, which
 * would read the same record again for ever. Any other failure to produce is handled as Kafka
 * Streams does by default: retried when it may pass, else the thread fails.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    private final DefaultProductionExceptionHandler otherwise = new DefaultProductionExceptionHandler();

    @Override
    public Response handleError(
            ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (RecoveryTopics.DEAD_LETTER.equals(record.topic()) && exception instanceof RecordTooLargeException) {
            LOG.error(
                    "Skipped a dead letter too large to write ({} bytes of key) for {}-{}@{}: {}",
                    record.key() == null ? 0 : record.key().length,
                    context.topic(),
                    context.partition(),
                    context.offset(),
                    exception.getMessage());
            return Response.resume();
        }
        return otherwise.handleError(context, record, exception);
    }

    @Override
    public void configure(Map<String, ?> configs) {
        otherwise.configure(configs);
    }
}
