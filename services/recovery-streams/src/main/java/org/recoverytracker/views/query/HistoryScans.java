package org.recoverytracker.views.query;

import java.time.Duration;
import java.util.function.Supplier;
import org.recoverytracker.turns.Turns;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A bulkhead around the questions that read an instance's whole history store: the revisions of
 * every place, and the place list, regions and the UK as of an instant. Each reads every change
 * the instance holds (2.5 s of CPU at a million changes), and anyone may ask them. Measured with a
 * million changes and 20 clients asking them for 20 s: without the bulkhead none was answered
 * within 30 s and the live {@code /v1/uk} took 491 ms at p50 and 1.3 s at p99; with one scan at a
 * time, 11 were answered, the rest refused at once, and {@code /v1/uk} took 8 ms and 192 ms (two at
 * a time: 13 answered, 13 ms and 445 ms, as two scans take both cores of the machine).
 *
 * <p>So at most {@code recovery.views.history-scans.concurrent} run at once (1 by default), {@code
 * ...waiting} more (8) wait at most {@code ...wait} (5 s) for their turn, and the rest are answered
 * at once with a 503 and {@code Retry-After}.
 */
@Component
public class HistoryScans {

    private final Turns turns;

    HistoryScans(
            @Value("${recovery.views.history-scans.concurrent:1}") int concurrent,
            @Value("${recovery.views.history-scans.waiting:8}") int waiting,
            @Value("${recovery.views.history-scans.wait:5s}") Duration wait) {
        if (concurrent < 1 || waiting < 0) {
            throw new IllegalArgumentException("recovery.views.history-scans.concurrent must be at least 1 (is "
                    + concurrent + ") and .waiting at least 0 (is " + waiting + ")");
        }
        this.turns = new Turns(concurrent, waiting, wait);
    }

    /**
     * Runs a scan of the whole history in its turn.
     *
     * @throws ViewsUnavailableException when as many scans as may be are running and waiting, or no
     *     turn came within the wait
     */
    <T> T inTurn(Supplier<T> scan) {
        return turns.inTurn(scan)
                .orElseThrow(() -> new ViewsUnavailableException("This instance is already reading its whole history"
                        + " for as many questions as it may at once (the revisions of every place, or views as of an"
                        + " instant). One place's revisions or views as of an instant need no such reading."));
    }
}
