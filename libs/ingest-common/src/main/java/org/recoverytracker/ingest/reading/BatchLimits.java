package org.recoverytracker.ingest.reading;

import org.recoverytracker.ingest.problems.RejectedRequestException;

/** The refusal of a batch with more events than allowed. */
final class BatchLimits {

    private BatchLimits() {}

    static RejectedRequestException tooManyEvents(int count, int maxEvents) {
        return RejectedRequestException.tooLarge(
                "The batch has more than " + maxEvents
                        + " events, the limit per request. Nothing was published; split it into smaller batches.",
                count);
    }
}
