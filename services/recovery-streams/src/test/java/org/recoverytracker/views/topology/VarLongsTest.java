package org.recoverytracker.views.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.kafka.common.utils.internals.ByteUtils;
import org.junit.jupiter.api.Test;

class VarLongsTest {

    @Test
    void writesTheBytesKafkasEncodingWroteForEveryValue() throws IOException {
        for (long value : values()) {
            final ByteArrayOutputStream kafkas = new ByteArrayOutputStream();
            ByteUtils.writeVarlong(value, new DataOutputStream(kafkas));

            assertThat(written(value)).as("%d", value).isEqualTo(kafkas.toByteArray());
        }
    }

    @Test
    void readsBackEveryValue() throws IOException {
        for (long value : values()) {
            assertThat(VarLongs.read(new DataInputStream(new ByteArrayInputStream(written(value)))))
                    .as("%d", value)
                    .isEqualTo(value);
        }
    }

    @Test
    void refusesANumberLongerThanTenBytes() {
        final byte[] eleven = {-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 1};

        assertThatThrownBy(() -> VarLongs.read(new DataInputStream(new ByteArrayInputStream(eleven))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("longer than ten bytes");
    }

    @Test
    void refusesANumberCutShort() {
        final byte[] cut = {-1, -1};

        assertThatThrownBy(() -> VarLongs.read(new DataInputStream(new ByteArrayInputStream(cut))))
                .isInstanceOf(EOFException.class);
    }

    private static byte[] written(long value) throws IOException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        VarLongs.write(value, new DataOutputStream(bytes));
        return bytes.toByteArray();
    }

    private static List<Long> values() {
        final List<Long> values = new ArrayList<>(List.of(0L, 1L, -1L, 63L, -64L, 64L, Long.MAX_VALUE, Long.MIN_VALUE));
        for (int bits = 1; bits < 63; bits++) {
            values.add((1L << bits) - 1);
            values.add(1L << bits);
            values.add(-(1L << bits));
            values.add(-(1L << bits) - 1);
        }
        final Random random = new Random(5);
        for (int n = 0; n < 10_000; n++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        return values;
    }
}
