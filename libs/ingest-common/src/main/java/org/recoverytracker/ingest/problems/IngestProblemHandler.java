package org.recoverytracker.ingest.problems;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into an RFC 9457 problem detail. Spring's own request errors (415, 405,
 * 404, ...) come from {@link ResponseEntityExceptionHandler}; a 500 is only ever a fault of ours.
 */
@RestControllerAdvice
public class IngestProblemHandler extends ResponseEntityExceptionHandler {

    /** Seconds a client should wait before retrying while Kafka is unavailable. */
    static final String RETRY_AFTER_SECONDS = "5";

    /** Seconds a client should wait before retrying a batch refused because others are being written. */
    static final String BUSY_RETRY_AFTER_SECONDS = "1";

    private static final Logger LOG = LoggerFactory.getLogger(IngestProblemHandler.class);

    @ExceptionHandler(RejectedRequestException.class)
    ResponseEntity<ProblemDetail> rejected(RejectedRequestException e, HttpServletRequest request) {
        final ProblemDetail problem = problem(e.status(), e.getMessage(), request);
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        return ResponseEntity.status(e.status()).body(problem);
    }

    @ExceptionHandler(KafkaUnavailableException.class)
    ResponseEntity<ProblemDetail> kafkaUnavailable(KafkaUnavailableException e, HttpServletRequest request) {
        LOG.warn("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        final ProblemDetail problem = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                e.getMessage() + " Nothing was accepted; retry in a few seconds (repeating a PUT is safe).",
                request);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem);
    }

    @ExceptionHandler(ServiceBusyException.class)
    ResponseEntity<ProblemDetail> busy(ServiceBusyException e, HttpServletRequest request) {
        LOG.warn("Refused {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, BUSY_RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage(), request));
    }

    @ExceptionHandler(RateLimitedException.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimitedException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        return ResponseEntity.internalServerError()
                .body(problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side; nothing was accepted. Please retry, and tell us if it persists.",
                        request));
    }

    private static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
        final ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
