package org.recoverytracker.ingest.reading;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.recoverytracker.ingest.problems.RejectedRequestException;
import org.springframework.util.unit.DataSize;

/**
 * Reads a request body up to a limit of size and of time. Spring MVC sets no limit on a body it
 * reads for us, so the limits are enforced here: a declared length over the size limit is refused
 * before reading, a chunked body is cut off as soon as it passes it, and a body still arriving
 * after the deadline is refused with a 408. The deadline matters because a batch holds one of the
 * instance's few batch turns while its body is read: without it, a client sending a byte every
 * few seconds would hold a turn for hours and a handful of them would lock every partner out of
 * batches. Each single read is bounded by the server's connection timeout.
 */
public final class BoundedBody {

    private static final int CHUNK = 64 * 1024;

    private BoundedBody() {}

    public static byte[] read(HttpServletRequest request, DataSize limit, Duration deadline) {
        final long max = limit.toBytes();
        if (request.getContentLengthLong() > max) {
            throw tooLarge(limit);
        }
        final long giveUpAt = System.nanoTime() + deadline.toNanos();
        try (InputStream in = request.getInputStream()) {
            final ByteArrayOutputStream body = new ByteArrayOutputStream((int) Math.min(CHUNK, max + 1));
            final byte[] chunk = new byte[CHUNK];
            int read;
            while ((read = in.read(chunk, 0, (int) Math.min(CHUNK, max + 1 - body.size()))) > 0) {
                body.write(chunk, 0, read);
                if (body.size() > max) {
                    throw tooLarge(limit);
                }
                if (System.nanoTime() - giveUpAt > 0) {
                    throw RejectedRequestException.tooSlow("The body did not arrive within " + deadline.toSeconds()
                            + " s; nothing was published. Send it again, or in smaller requests.");
                }
            }
            return body.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    private static RejectedRequestException tooLarge(DataSize limit) {
        return RejectedRequestException.tooLarge(
                "The body is larger than the limit of " + describe(limit)
                        + "; nothing was published. Split it into smaller requests.",
                1);
    }

    private static String describe(DataSize size) {
        return size.toKilobytes() >= 1024 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }
}
