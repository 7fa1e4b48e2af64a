package org.recoverytracker.views.topology;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Signed numbers as zig-zag variable-length integers, seven bits a byte, low bits first: the
 * encoding of Protocol Buffers' {@code sint64} and of Kafka's record format. The measures of every
 * stored value since format 3 are written this way; the bytes must never change, or stored state
 * could not be read back. Written here rather than borrowed from Kafka's client, which moved its
 * helper into an internal package in 4.4.
 */
final class VarLongs {

    /** A long takes at most ten bytes; an eleventh is garbage, not a number. */
    private static final int MAX_SHIFT = 63;

    private VarLongs() {}

    static void write(long value, DataOutput out) throws IOException {
        long zigZag = (value << 1) ^ (value >> 63);
        while ((zigZag & ~0x7FL) != 0) {
            out.writeByte(((int) zigZag & 0x7F) | 0x80);
            zigZag >>>= 7;
        }
        out.writeByte((int) zigZag);
    }

    static long read(DataInput in) throws IOException {
        long zigZag = 0;
        int shift = 0;
        int next;
        while (((next = in.readByte()) & 0x80) != 0) {
            zigZag |= (long) (next & 0x7F) << shift;
            shift += 7;
            if (shift > MAX_SHIFT) {
                throw new IOException("a variable-length number longer than ten bytes");
            }
        }
        zigZag |= (long) next << shift;
        return (zigZag >>> 1) ^ -(zigZag & 1);
    }
}
