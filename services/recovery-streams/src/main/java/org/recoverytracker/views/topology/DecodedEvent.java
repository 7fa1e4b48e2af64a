package org.recoverytracker.views.topology;

/**
 * An event record after decoding and checking: the new contribution of an identity (null for a
 * retraction), or a record for the dead-letter topic. Lives only between two processors of one
 * sub-topology, so it is never serialized.
 *
 * @param identity {@code kind|partner/eventId}, null for a dead letter
 * @param contribution the identity's contribution from now on; null retracts it
 * @param deadLetter the original value of a record that can't be used (null if it had none), with
 *                   the reason in the record's headers
 */
public record DecodedEvent(String identity, Contribution contribution, byte[] deadLetter) {

    static DecodedEvent update(String identity, Contribution contribution) {
        return new DecodedEvent(identity, contribution, null);
    }

    static DecodedEvent retraction(String identity) {
        return new DecodedEvent(identity, null, null);
    }

    static DecodedEvent deadLetter(byte[] originalValue) {
        return new DecodedEvent(null, null, originalValue);
    }

    /** True for a record that can't be used; a usable one always has an identity. */
    public boolean isDeadLetter() {
        return identity == null;
    }
}
