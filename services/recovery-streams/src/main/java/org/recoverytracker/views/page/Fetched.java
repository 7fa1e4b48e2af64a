package org.recoverytracker.views.page;

import java.util.function.Function;

/**
 * What the Views API answered for one view, in the terms the page needs: the figures, or why
 * there are none. A record rather than exceptions, so that one missing view (say the region
 * while views move between instances) leaves the rest of the page standing. {@link #found()} is
 * public for the template.
 *
 * @param value the parsed answer when {@link #found()}, otherwise null
 * @param detail the API's human-readable explanation when there is no value
 * @param retryAfter the API's {@code Retry-After} seconds when it is {@link Outcome#UNAVAILABLE}
 */
record Fetched<T>(Outcome outcome, T value, String detail, String retryAfter) {

    /** How a view request ended. */
    enum Outcome {
        /** 200: the figures. */
        FOUND,
        /** 404: a well-formed place, sector or region with no live events. */
        NO_LIVE_EVENTS,
        /** 503, or no answer: views are moving between instances; try again in a moment. */
        UNAVAILABLE,
        /** 400: a malformed code. */
        MALFORMED
    }

    static <T> Fetched<T> found(T value) {
        return new Fetched<>(Outcome.FOUND, value, null, null);
    }

    static <T> Fetched<T> noLiveEvents(String detail) {
        return new Fetched<>(Outcome.NO_LIVE_EVENTS, null, detail, null);
    }

    static <T> Fetched<T> unavailable(String detail, String retryAfter) {
        return new Fetched<>(Outcome.UNAVAILABLE, null, detail, retryAfter);
    }

    static <T> Fetched<T> malformed(String detail) {
        return new Fetched<>(Outcome.MALFORMED, null, detail, null);
    }

    public boolean found() {
        return outcome == Outcome.FOUND;
    }

    boolean unavailable() {
        return outcome == Outcome.UNAVAILABLE;
    }

    <R> Fetched<R> map(Function<? super T, ? extends R> mapping) {
        return found() ? found(mapping.apply(value)) : new Fetched<>(outcome, null, detail, retryAfter);
    }
}
