package org.recoverytracker.views.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.recoverytracker.partners.Partner;
import org.recoverytracker.views.api.ViewProblems.MalformedCodeException;
import org.recoverytracker.views.query.RevisionsPage;
import org.recoverytracker.views.query.ViewQueries;
import org.recoverytracker.views.topology.Cause;
import org.recoverytracker.views.topology.Measures;
import org.recoverytracker.views.topology.Revision;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /v1/revisions}: the revision log, newest first, paged. Public, but event identities
 * only as the drill-down shows them: every revision names the partner and kind of its event; the
 * event id and version only to that partner (with its API key or bearer token) and to a partner that may write for
 * every place.
 */
@RestController
class RevisionsController {

    private final ViewQueries queries;
    private final PartnerCallers callers;

    RevisionsController(ViewQueries queries, PartnerCallers callers) {
        this.queries = queries;
        this.callers = callers;
    }

    /** A page of the log. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Revisions(List<RevisionRow> revisions, String nextCursor) {}

    /** A revision, as the log has it, with the event named as far as the caller may see. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record RevisionRow(
            Instant changedAt,
            String place,
            String sector,
            LocalDate weekStart,
            Measures before,
            Measures after,
            Cause cause,
            EventName event) {}

    /** The event of a revision: its id and version only for a caller who may see them. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EventName(String partner, String kind, String eventId, Integer version) {}

    @GetMapping(path = "/v1/revisions", produces = MediaType.APPLICATION_JSON_VALUE)
    Revisions revisions(
            @RequestParam(required = false) String place,
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) Instant since,
            @RequestParam(required = false) Instant until,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "" + PageLimit.DEFAULT) int limit,
            @RequestHeader(name = PartnerCallers.API_KEY, required = false) String apiKey,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        final Partner caller = callers.optional(apiKey, authorization).orElse(null);
        if (place != null) {
            ViewCodes.place(place);
        }
        if (sector != null) {
            ViewCodes.sector(sector);
        }
        if (since != null && until != null && since.isAfter(until)) {
            throw new MalformedCodeException("since (" + since + ") is after until (" + until + ").");
        }
        PageLimit.check(limit);
        final RevisionsPage page = queries.revisions(place, sector, since, until, cursor, limit);
        return new Revisions(
                page.revisions().stream()
                        .map(entry -> row(entry.revision(), caller))
                        .toList(),
                page.nextCursor());
    }

    private static RevisionRow row(Revision revision, Partner caller) {
        final Revision.Event event = revision.event();
        final boolean named =
                caller != null && (caller.mayWriteEverywhere() || caller.id().equals(event.partner()));
        return new RevisionRow(
                revision.changedAt(),
                revision.place(),
                revision.sector(),
                revision.weekStart(),
                revision.before(),
                revision.after(),
                revision.cause(),
                new EventName(
                        event.partner(), event.kind(), named ? event.eventId() : null, named ? event.version() : null));
    }
}
