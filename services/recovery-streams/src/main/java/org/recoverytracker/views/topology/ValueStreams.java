package org.recoverytracker.views.topology;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Byte-array streams for the view values, without the locks of {@code java.io}'s: a value is written
 * or read by one thread, byte by byte for its variable-length numbers, and taking a lock for each
 * byte showed as a large part of the stream thread's time in a profile.
 */
final class ValueStreams {

    private ValueStreams() {}

    /** A growable buffer, reused for one value after another by {@link #reset()}. */
    static final class Output extends OutputStream {
        private byte[] buffer;
        private int count;

        Output(int initialBytes) {
            this.buffer = new byte[initialBytes];
        }

        @Override
        public void write(int b) {
            ensureRoom(1);
            buffer[count++] = (byte) b;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            ensureRoom(length);
            System.arraycopy(bytes, offset, buffer, count, length);
            count += length;
        }

        void reset() {
            count = 0;
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, count);
        }

        private void ensureRoom(int more) {
            if (count + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, count + more));
            }
        }
    }

    /**
     * A {@link DataOutputStream} whose writes of bytes take no lock: {@code java.io}'s takes one for
     * every array it writes (each string, code and hash of a value), which its one writer never needs.
     */
    static final class UnlockedDataOutput extends DataOutputStream {

        UnlockedDataOutput(Output out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            written++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            written += length;
        }
    }

    /** Reads a byte array from an offset to its end; {@link #reset} points it at another. */
    static final class Input extends InputStream {
        private byte[] bytes;
        private int position;

        Input(byte[] bytes, int offset) {
            reset(bytes, offset);
        }

        void reset(byte[] bytes, int offset) {
            this.bytes = bytes;
            this.position = offset;
        }

        @Override
        public int read() {
            return position < bytes.length ? bytes[position++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, into.length);
            if (length == 0) {
                return 0;
            }
            if (position >= bytes.length) {
                return -1;
            }
            final int read = Math.min(length, bytes.length - position);
            System.arraycopy(bytes, position, into, offset, read);
            position += read;
            return read;
        }

        @Override
        public int available() {
            return bytes.length - position;
        }
    }
}
