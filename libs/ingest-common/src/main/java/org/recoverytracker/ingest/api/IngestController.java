package org.recoverytracker.ingest.api;

import jakarta.servlet.http.HttpServletRequest;
import org.recoverytracker.ingest.IngestService;
import org.recoverytracker.partners.Partner;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ingest API of the contract, the same in every ingest service: PUT to create or correct an
 * event, DELETE to retract it, POST a JSON or CSV batch. Every success is a 202 sent only after
 * Kafka acknowledged the write. Bodies are read by {@link IngestService} itself, to enforce size
 * limits and report every problem at once. The request and response shapes are documented in the
 * OpenAPI document by {@link IngestOpenApi}. It is served under the kind's resource path
 * ({@link IngestRoutes}).
 */
@RestController
public class IngestController {

    static final String TEXT_CSV = "text/csv";

    private final IngestService ingest;

    IngestController(IngestService ingest) {
        this.ingest = ingest;
    }

    /** The answer to a PUT or DELETE. */
    record EventStatus(String eventId, String status) {}

    /** The answer to a batch. */
    record BatchStatus(int accepted) {}

    @PutMapping(
            path = "/{eventId}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    EventStatus put(
            @PathVariable String eventId, @AuthenticationPrincipal Partner partner, HttpServletRequest request) {
        ingest.put(partner, eventId, request);
        return new EventStatus(eventId, "accepted");
    }

    @DeleteMapping(path = "/{eventId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    EventStatus retract(@PathVariable String eventId, @AuthenticationPrincipal Partner partner) {
        ingest.retract(partner, eventId);
        return new EventStatus(eventId, "retracted");
    }

    @PostMapping(
            consumes = {MediaType.APPLICATION_JSON_VALUE, TEXT_CSV},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    BatchStatus postBatch(
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @AuthenticationPrincipal Partner partner,
            HttpServletRequest request) {
        return new BatchStatus(ingest.postBatch(partner, request, contentType));
    }
}
