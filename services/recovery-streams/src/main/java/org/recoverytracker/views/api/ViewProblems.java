package org.recoverytracker.views.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.recoverytracker.views.query.InvalidQueryException;
import org.recoverytracker.views.query.ViewsUnavailableException;
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
 * Problem details for the Views API: 400 for a malformed code or query or a call with two
 * credentials, 401 for a call that needs a partner's credential and has no valid one, 404 for a view with no live events,
 * 503 with Retry-After while the views are moving between instances.
 */
@RestControllerAdvice
class ViewProblems extends ResponseEntityExceptionHandler {

    /** A client should retry this soon after a 503: rebalances take seconds. */
    static final String RETRY_AFTER_SECONDS = "2";

    private static final Logger LOG = LoggerFactory.getLogger(ViewProblems.class);

    /** A code in the path or query is not of the right shape. */
    static final class MalformedCodeException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        MalformedCodeException(String message) {
            super(message);
        }
    }

    /** A well-formed place, sector or region has no live events. */
    static final class NoLiveEventsException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NoLiveEventsException(String message) {
            super(message);
        }
    }

    /** A call that needs a partner's credential came without a valid one. */
    static final class UnauthenticatedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        /** What the caller should send, for the WWW-Authenticate header. */
        private final String challenge;

        UnauthenticatedException(String message, String challenge) {
            super(message);
            this.challenge = challenge;
        }

        String challenge() {
            return challenge;
        }
    }

    /** A partner asked for something its grants don't allow. */
    static final class NotAllowedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotAllowedException(String message) {
            super(message);
        }
    }

    /** A call came with both an API key and an Authorization header. */
    static final class TwoCredentialsException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TwoCredentialsException(String message) {
            super(message);
        }
    }

    @ExceptionHandler({MalformedCodeException.class, TwoCredentialsException.class})
    ResponseEntity<ProblemDetail> malformed(RuntimeException e, HttpServletRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, e.getMessage(), request));
    }

    @ExceptionHandler(InvalidQueryException.class)
    ResponseEntity<ProblemDetail> invalidQuery(InvalidQueryException e, HttpServletRequest request) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, e.getMessage(), request));
    }

    @ExceptionHandler(UnauthenticatedException.class)
    ResponseEntity<ProblemDetail> unauthenticated(UnauthenticatedException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, e.challenge())
                .body(problem(HttpStatus.UNAUTHORIZED, e.getMessage(), request));
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(NotAllowedException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, e.getMessage(), request));
    }

    @ExceptionHandler(NoLiveEventsException.class)
    ResponseEntity<ProblemDetail> noLiveEvents(NoLiveEventsException e, HttpServletRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, e.getMessage(), request));
    }

    @ExceptionHandler(ViewsUnavailableException.class)
    ResponseEntity<ProblemDetail> unavailable(ViewsUnavailableException e, HttpServletRequest request) {
        LOG.debug("Views unavailable for {}: {}", request.getRequestURI(), e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, e.withRetryHint(), request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        LOG.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        return ResponseEntity.internalServerError()
                .body(problem(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "Something went wrong on our side. Please retry, and tell us if it persists.",
                        request));
    }

    private static ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request) {
        final ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
