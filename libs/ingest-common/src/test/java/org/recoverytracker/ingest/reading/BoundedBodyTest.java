package org.recoverytracker.ingest.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.recoverytracker.ingest.problems.RejectedRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

class BoundedBodyTest {

    /** A client that sends one byte every 20 ms, for ever. */
    private static final class TrickleClient extends ServletInputStream {

        @Override
        public int read() throws IOException {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            buffer[offset] = (byte) read();
            return 1;
        }

        @Override
        public boolean isFinished() {
            return false;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void refusesABodyStillArrivingAfterTheDeadline() {
        final MockHttpServletRequest slow = new MockHttpServletRequest() {
            @Override
            public ServletInputStream getInputStream() {
                return new TrickleClient();
            }
        };

        assertThatThrownBy(() -> BoundedBody.read(slow, DataSize.ofMegabytes(16), Duration.ofMillis(300)))
                .isInstanceOfSatisfying(
                        RejectedRequestException.class,
                        refused -> assertThat(refused.status()).isEqualTo(HttpStatus.REQUEST_TIMEOUT));
    }

    @Test
    void readsABodyWithinItsLimits() {
        final MockHttpServletRequest request = new MockHttpServletRequest();
        request.setContent("[{\"eventId\":\"a\"}]".getBytes());

        assertThat(BoundedBody.read(request, DataSize.ofKilobytes(1), Duration.ofSeconds(5)))
                .asString()
                .isEqualTo("[{\"eventId\":\"a\"}]");
    }

    @Test
    void cutsOffABodyAsSoonAsItPassesTheSizeLimit() {
        final MockHttpServletRequest request = new MockHttpServletRequest();
        request.setContent(new byte[2048]);

        assertThatThrownBy(() -> BoundedBody.read(request, DataSize.ofKilobytes(1), Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(
                        RejectedRequestException.class,
                        refused -> assertThat(refused.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE));
    }
}
