package org.recoverytracker.views.api;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.recoverytracker.partners.Partner;
import org.recoverytracker.reference.Place;
import org.recoverytracker.views.api.ProvenanceResponses.EventRow;
import org.recoverytracker.views.api.ProvenanceResponses.EventsPage;
import org.recoverytracker.views.api.ProvenanceResponses.Provenance;
import org.recoverytracker.views.api.ViewProblems.MalformedCodeException;
import org.recoverytracker.views.api.ViewProblems.NoLiveEventsException;
import org.recoverytracker.views.query.CellEventsPage;
import org.recoverytracker.views.query.CellProvenance;
import org.recoverytracker.views.query.ViewQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a figure comes from. Its provenance is public and names no event; the drill-down lists
 * the events behind it and needs a partner's API key or bearer token: a partner sees its own events in full, with
 * the organisations' names, and other partners' only as counts, unless it may write for every
 * place (a national partner), which sees every event but names only its own organisations.
 */
@RestController
@RequestMapping(path = "/v1/places/{place}/sectors/{sector}", produces = MediaType.APPLICATION_JSON_VALUE)
class ProvenanceController {

    private final ViewQueries queries;
    private final PartnerCallers callers;

    ProvenanceController(ViewQueries queries, PartnerCallers callers) {
        this.queries = queries;
        this.callers = callers;
    }

    @GetMapping("/provenance")
    Provenance provenance(
            @PathVariable String place,
            @PathVariable String sector,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week) {
        checkCell(place, sector, week);
        final CellProvenance provenance = queries.provenance(place, sector, week);
        if (provenance.events() == 0) {
            throw noLiveEvents(place, sector, week);
        }
        return Provenance.of(place, sector, week, provenance);
    }

    @GetMapping("/events")
    EventsPage events(
            @PathVariable String place,
            @PathVariable String sector,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "" + PageLimit.DEFAULT) int limit,
            @RequestHeader(name = PartnerCallers.API_KEY, required = false) String apiKey,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        final Partner caller = callers.required(apiKey, authorization, "The events behind a figure are for partners");
        checkCell(place, sector, week);
        PageLimit.check(limit);
        final boolean seesEveryEvent = caller.mayWriteEverywhere();
        final CellEventsPage page =
                queries.cellEvents(place, sector, week, seesEveryEvent ? null : caller.id(), cursor, limit);
        if (page.eventsByPartner().isEmpty()) {
            throw noLiveEvents(place, sector, week);
        }
        final List<EventRow> rows = page.events().stream()
                .map(event ->
                        EventRow.of(event, event.provenance().event().partner().equals(caller.id())))
                .toList();
        final List<CellProvenance.PartnerEvents> others = seesEveryEvent
                ? List.of()
                : page.eventsByPartner().stream()
                        .filter(count -> !count.partner().equals(caller.id()))
                        .toList();
        return new EventsPage(place, sector, week, rows, others, page.nextCursor());
    }

    private static void checkCell(String place, String sector, LocalDate week) {
        ViewCodes.place(place);
        ViewCodes.sector(sector);
        if (week != null && week.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new MalformedCodeException(
                    "week must be the Monday that starts an ISO week (" + week + " is a " + week.getDayOfWeek() + ").");
        }
    }

    private static NoLiveEventsException noLiveEvents(String place, String sector, LocalDate week) {
        final Place known = ViewCodes.place(place);
        return new NoLiveEventsException(known.name() + " has no live events in sector " + sector
                + (week == null ? "." : " in the week of " + week + "."));
    }
}
