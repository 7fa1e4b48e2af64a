package org.recoverytracker.views.api;

import java.util.function.IntFunction;

import jakarta.servlet.http.HttpServletRequest;

import org.apache.kafka.streams.KeyQueryMetadata;
import org.recoverytracker.views.query.PeerClient;
import org.recoverytracker.views.query.StreamsAccess;
import org.recoverytracker.views.query.ViewsUnavailableException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Answers a request about one place on the instance that holds the place: here, from the local
 * store, or by passing the request on to the owner as it came and its answer back as it went.
 */
@Component
class PlaceRouter {

    private final StreamsAccess streams;
    private final PeerClient peers;

    PlaceRouter(StreamsAccess streams, PeerClient peers) {
        this.streams = streams;
        this.peers = peers;
    }

    /**
     * @param local the answer from the local partition that holds the place
     */
    ResponseEntity<?> answer(String place, HttpServletRequest request, IntFunction<Object> local) {
        final KeyQueryMetadata owner = streams.ownerOf(place);
        if (owner.activeHost().equals(streams.self())) {
            return ResponseEntity.ok(local.apply(owner.partition()));
        }
        if (request.getHeader(PeerClient.FORWARDED) != null) {
            throw new ViewsUnavailableException("This instance no longer holds " + place + ".");
        }
        final String query = request.getQueryString();
        final ResponseEntity<String> answer = peers.forward(owner.activeHost(),
                request.getRequestURI() + (query == null ? "" : "?" + query));
        final HttpHeaders headers = new HttpHeaders();
        copy(answer.getHeaders(), headers, HttpHeaders.CONTENT_TYPE);
        copy(answer.getHeaders(), headers, HttpHeaders.RETRY_AFTER);
        return ResponseEntity.status(answer.getStatusCode()).headers(headers).body(answer.getBody());
    }

    private static void copy(HttpHeaders from, HttpHeaders to, String name) {
        final String value = from.getFirst(name);
        if (value != null) {
            to.set(name, value);
        }
    }
}
