package org.recoverytracker.views.topology;

/**
 * An event record after decoding and checking: the new contribution of an identity (null for a
 * retraction), or a record for the dead-letter topic. Lives only between two processors of one
 * sub-topology, so it is never serialized.
 *
 * @param identity {@code kind|partner/eventId}, null for a dead letter
 * @param event the same identity, its version not yet known (0); null for a dead letter
 * @param contribution the identity's contribution from now on; null retracts it
 * @param value the record's value: the event of an update (for a dead letter should it overflow a
 *              sum), the copy of the original for a dead letter (with the reason in the record's
 *              headers), null for a retraction
 */
public record DecodedEvent(String identity, EventRef event, Contribution contribution, byte[] value) {

    static DecodedEvent update(String identity, Contribution contribution, byte[] event) {
        return new DecodedEvent(identity, contribution.provenance().event(), contribution, event);
    }

    static DecodedEvent retraction(String identity, EventRef event) {
        return new DecodedEvent(identity, event, null, null);
    }

    static DecodedEvent deadLetter(byte[] originalValue) {
        return new DecodedEvent(null, null, null, originalValue);
    }

    /** True for a record that can't be used; a usable one always has an identity. */
    public boolean isDeadLetter() {
        return identity == null;
    }
}
