package org.recoverytracker.schemas.testing;

import java.util.Arrays;

/** Values built to hurt a reader, for the tests that show they can't. */
public final class HostileValues {

    /** The single-object encoding's header: two marker bytes and the schema's 8-byte fingerprint. */
    private static final int HEADER_BYTES = 10;

    private HostileValues() {}

    /**
     * A value with a valid event's header (so the reader finds its schema) whose first field, a
     * string, claims to be 2,000,000,000 bytes long: a reader that allocates before it reads would
     * run out of memory. The length is the zig-zag varint of 4,000,000,000.
     */
    public static byte[] stringLengthClaimingGigabytes(byte[] validEvent) {
        final byte[] hostile = Arrays.copyOf(validEvent, HEADER_BYTES + 5);
        final long zigZag = 4_000_000_000L;
        for (int i = 0; i < 5; i++) {
            hostile[HEADER_BYTES + i] = (byte) (zigZag >>> (7 * i) & 0x7f | (i < 4 ? 0x80 : 0));
        }
        return hostile;
    }
}
