package org.recoverytracker.ingest;

import java.time.Instant;
import org.recoverytracker.schemas.EventKey;

/**
 * What Recovery Tracker adds to a partner's event: its identity and when it was accepted. The
 * partner always comes from the credential, never from the request body.
 */
public record EventEnvelope(String eventId, String partner, Instant receivedAt) {

    public EventKey key() {
        return new EventKey(partner, eventId);
    }
}
