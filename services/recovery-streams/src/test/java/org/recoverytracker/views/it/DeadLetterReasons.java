package org.recoverytracker.views.it;

import java.util.List;
import org.recoverytracker.schemas.RecoveryTopics;
import org.recoverytracker.testsupport.kafka.CommittedRecords;
import org.recoverytracker.views.topology.DeadLetters;

/** The reasons of every committed dead letter, in the order they were written. */
final class DeadLetterReasons {

    private DeadLetterReasons() {}

    static List<String> on(String bootstrapServers) {
        return CommittedRecords.committed(bootstrapServers, RecoveryTopics.DEAD_LETTER).stream()
                .map(record -> CommittedRecords.header(record, DeadLetters.REASON))
                .toList();
    }
}
