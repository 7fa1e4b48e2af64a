package org.recoverytracker.ingest.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;

import org.recoverytracker.ingest.problems.RejectedRequestException;
import org.springframework.util.unit.DataSize;

/**
 * Reads a request body up to a limit. Spring MVC sets no limit on a body it reads for us, so the
 * limit is enforced here: a declared length over it is refused before reading, and a chunked body
 * is cut off as soon as it passes the limit.
 */
public final class BoundedBody {

    private BoundedBody() {
    }

    public static byte[] read(HttpServletRequest request, DataSize limit) {
        final long max = limit.toBytes();
        if (request.getContentLengthLong() > max) {
            throw tooLarge(limit);
        }
        try (InputStream in = request.getInputStream()) {
            final byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                throw tooLarge(limit);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the request body", e);
        }
    }

    private static RejectedRequestException tooLarge(DataSize limit) {
        return RejectedRequestException.tooLarge("The body is larger than the limit of " + describe(limit)
                + "; nothing was published. Split it into smaller requests.", 1);
    }

    private static String describe(DataSize size) {
        return size.toKilobytes() >= 1024 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
    }
}
