package org.recoverytracker.ingest.problems;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request refused because of what the client sent: nothing of it was published. Rendered as an
 * RFC 9457 problem detail with the status, a detail that says what to fix and, where the problem
 * is in particular events, the list of {@link RowError}s.
 */
public final class RejectedRequestException extends RuntimeException implements RefusedEvents {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final transient List<RowError> errors;
    private final int eventCount;

    private RejectedRequestException(HttpStatus status, String detail, List<RowError> errors, int eventCount) {
        super(detail);
        this.status = status;
        this.errors = List.copyOf(errors);
        this.eventCount = eventCount;
    }

    /** 400: the body is not JSON or CSV of the expected shape. */
    public static RejectedRequestException malformed(String detail) {
        return new RejectedRequestException(HttpStatus.BAD_REQUEST, detail, List.of(), 1);
    }

    /** 408: the body did not arrive within the time allowed. */
    public static RejectedRequestException tooSlow(String detail) {
        return new RejectedRequestException(HttpStatus.REQUEST_TIMEOUT, detail, List.of(), 1);
    }

    /** 413: the body or the batch is larger than allowed. */
    public static RejectedRequestException tooLarge(String detail, int eventCount) {
        return new RejectedRequestException(HttpStatus.CONTENT_TOO_LARGE, detail, List.of(), eventCount);
    }

    /** 422: some events break the contract's rules. */
    public static RejectedRequestException invalid(List<RowError> errors, int eventCount) {
        return new RejectedRequestException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                describe(errors, eventCount, "invalid") + " See errors for what to fix.",
                errors,
                eventCount);
    }

    /** 403: some events are for places the partner may not write for. */
    public static RejectedRequestException placeNotPermitted(String partner, List<RowError> errors, int eventCount) {
        return new RejectedRequestException(
                HttpStatus.FORBIDDEN,
                describe(errors, eventCount, "for places partner '" + partner + "' may not write for"),
                errors,
                eventCount);
    }

    /** 403: the partner may not change some of the records of the request. */
    public static RejectedRequestException notPermitted(String detail, List<RowError> errors, int eventCount) {
        return new RejectedRequestException(HttpStatus.FORBIDDEN, detail, errors, eventCount);
    }

    public HttpStatus status() {
        return status;
    }

    public List<RowError> errors() {
        return errors;
    }

    @Override
    public int eventCount() {
        return eventCount;
    }

    private static String describe(List<RowError> errors, int eventCount, String what) {
        final long badEvents =
                errors.stream().mapToInt(RowError::index).distinct().count();
        final String which = eventCount == 1 ? "The event is " : badEvents + " of " + eventCount + " events are ";
        return which + what + "; nothing was published.";
    }
}
