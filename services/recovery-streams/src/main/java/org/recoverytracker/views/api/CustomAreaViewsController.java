package org.recoverytracker.views.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.recoverytracker.partners.Partner;
import org.recoverytracker.reference.Codes;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.views.api.PlaceViewsController.Sectors;
import org.recoverytracker.views.api.ViewProblems.MalformedCodeException;
import org.recoverytracker.views.api.ViewProblems.NoLiveEventsException;
import org.recoverytracker.views.api.ViewResponses.AreaDetail;
import org.recoverytracker.views.api.ViewResponses.AreaMemberSummary;
import org.recoverytracker.views.api.ViewResponses.AreaSummary;
import org.recoverytracker.views.api.ViewResponses.WeekSummary;
import org.recoverytracker.views.areas.AreaDefinition;
import org.recoverytracker.views.areas.AreaDefinitions;
import org.recoverytracker.views.areas.AreaQueries;
import org.recoverytracker.views.baselines.IndexFigures;
import org.recoverytracker.views.query.ViewSums;
import org.recoverytracker.views.query.WeekEntry;
import org.recoverytracker.views.query.WeekFilter;
import org.recoverytracker.views.topology.Measures;
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
 * The views of areas partners define for themselves ({@code recovery.areas.v1}), answered like a
 * region's: sector totals and a weekly series, gathered from every instance, with {@code asOf}.
 * Public areas are anyone's to read; a private one only its owner's (its {@code X-API-Key} or bearer
 * token, read as for the drill-down: a credential that is no partner's is a 401). A private area
 * of another partner is a 404 like an unknown id, so that its existence is not revealed.
 */
@RestController
@RequestMapping(path = "/v1/areas", produces = MediaType.APPLICATION_JSON_VALUE)
class CustomAreaViewsController {

    private final AreaDefinitions areas;
    private final AreaQueries queries;
    private final PartnerCallers callers;
    private final ProvisionalWeeks provisionalWeeks;
    private final IndexAnswers answers;

    CustomAreaViewsController(
            AreaDefinitions areas,
            AreaQueries queries,
            PartnerCallers callers,
            ProvisionalWeeks provisionalWeeks,
            IndexAnswers answers) {
        this.areas = areas;
        this.queries = queries;
        this.callers = callers;
        this.provisionalWeeks = provisionalWeeks;
        this.answers = answers;
    }

    /** The areas the caller may see, in id order, with their members; figures are per area. */
    @GetMapping
    List<AreaSummary> areas(
            @RequestHeader(name = PartnerCallers.API_KEY, required = false) String apiKey,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        return areas.visibleTo(partnerId(apiKey, authorization)).stream()
                .map(CustomAreaViewsController::summary)
                .toList();
    }

    @GetMapping("/{areaId}")
    AreaDetail area(
            @PathVariable String areaId,
            @RequestParam(required = false) Instant asOf,
            @RequestHeader(name = PartnerCallers.API_KEY, required = false) String apiKey,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        final AreaDefinition area = visible(areaId, apiKey, authorization);
        final Map<String, Measures> sectors = queries.sectors(area, ViewCodes.asOf(asOf));
        if (sectors.isEmpty()) {
            throw new NoLiveEventsException(area.name() + " (" + areaId + ") has no live events.");
        }
        return new AreaDetail(
                areaId, area.name(), visibility(area), ViewSums.sum(sectors.values()), Sectors.summaries(sectors));
    }

    @GetMapping("/{areaId}/weekly")
    List<WeekSummary> areaWeeks(
            @PathVariable String areaId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant asOf,
            @RequestHeader(name = PartnerCallers.API_KEY, required = false) String apiKey,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        final AreaDefinition area = visible(areaId, apiKey, authorization);
        return provisionalWeeks.summaries(queries.weeks(area, new WeekFilter(null, from, to), ViewCodes.asOf(asOf)));
    }

    record AreaIndex(
            String areaId, String name, @JsonUnwrapped IndexFigures figures) {}

    /** The area's figures against a baseline: its members' (today's, each counted once) that have one. */
    @GetMapping("/{areaId}/index")
    AreaIndex areaIndex(
            @PathVariable String areaId,
            @RequestParam(required = false) String baseline,
            @RequestParam(required = false) Instant asOf,
            @RequestHeader(name = PartnerCallers.API_KEY, required = false) String apiKey,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        final AreaDefinition area = visible(areaId, apiKey, authorization);
        final Measures measures =
                ViewSums.sum(queries.sectors(area, ViewCodes.asOf(asOf)).values());
        return new AreaIndex(
                areaId, area.name(), answers.total(IndexAnswers.choice(baseline), area.places(), null, measures));
    }

    @GetMapping({"/{areaId}/index/weekly", "/{areaId}/weekly/index"})
    List<IndexAnswers.IndexWeek> areaIndexWeeks(
            @PathVariable String areaId,
            @RequestParam(required = false) String baseline,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Instant asOf,
            @RequestHeader(name = PartnerCallers.API_KEY, required = false) String apiKey,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        final AreaDefinition area = visible(areaId, apiKey, authorization);
        final List<WeekEntry> weeks = queries.weeks(area, new WeekFilter(null, null, null), ViewCodes.asOf(asOf));
        return answers.weeks(IndexAnswers.choice(baseline), area.places(), null, weeks, from, to);
    }

    /** The area, if the caller may see it: a 400 for a malformed id, a 404 for one it may not see or that is unknown. */
    private AreaDefinition visible(String areaId, String apiKey, String authorization) {
        if (!Codes.isAreaId(areaId)) {
            throw new MalformedCodeException("'" + areaId + "' is not an areaId: " + Codes.AREA_ID_SHAPE + ".");
        }
        final String partner = partnerId(apiKey, authorization);
        return areas.find(areaId)
                .filter(area -> area.visibleTo(partner))
                .orElseThrow(() -> new NoLiveEventsException("There is no area " + areaId
                        + " you may see: it is unknown, or private to the partner that defined it."));
    }

    private String partnerId(String apiKey, String authorization) {
        return callers.optional(apiKey, authorization).map(Partner::id).orElse(null);
    }

    static AreaSummary summary(AreaDefinition area) {
        return new AreaSummary(
                area.areaId(),
                area.name(),
                area.owner(),
                visibility(area),
                area.members().stream()
                        .map(member -> new AreaMemberSummary(
                                member.place(),
                                ReferenceData.uk()
                                        .place(member.place())
                                        .map(place -> place.name())
                                        .orElse(null),
                                member.from(),
                                member.to()))
                        .toList());
    }

    private static String visibility(AreaDefinition area) {
        return area.isPublic() ? "PUBLIC" : "PRIVATE";
    }
}
