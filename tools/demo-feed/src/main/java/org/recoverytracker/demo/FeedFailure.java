package org.recoverytracker.demo;

/**
 * A request the feed could not get accepted: a 4xx (the feed broke the contract, which is a bug in
 * the feed), any other unexpected answer, or a service that stayed unavailable for too long.
 */
public final class FeedFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public FeedFailure(String message) {
        super(message);
    }
}
