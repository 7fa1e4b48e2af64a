package org.recoverytracker.views.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.recoverytracker.reference.Codes;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.reference.Region;
import org.recoverytracker.views.api.ViewProblems.MalformedCodeException;
import org.recoverytracker.views.api.ViewProblems.NoLiveEventsException;
import org.recoverytracker.views.areas.AreaDefinition;
import org.recoverytracker.views.areas.AreaDefinitions;
import org.recoverytracker.views.open.OpenCell;
import org.recoverytracker.views.open.OpenReleases;
import org.recoverytracker.views.open.Release;
import org.recoverytracker.views.open.Scope;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The disclosure-controlled open views: every path of the Views API under {@code /open/v1}, in
 * the same shapes, answered from a release ({@code release=}, the latest by default) instead of
 * the live views. Measures are {@code integer|null}, with each figure's GSS flags in
 * {@code flags}; times are days. Every answer names its profile ({@link OpenProfileHeader}) and
 * release ({@value #RELEASE_HEADER}).
 */
@RestController
@RequestMapping(path = "/open/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class OpenViewsController {

    static final String RELEASE_HEADER = "X-Release";

    private final OpenReleases releases;
    private final AreaDefinitions areas;
    private final ProvisionalWeeks provisionalWeeks;

    OpenViewsController(OpenReleases releases, AreaDefinitions areas, ProvisionalWeeks provisionalWeeks) {
        this.releases = releases;
        this.areas = areas;
        this.provisionalWeeks = provisionalWeeks;
    }

    @GetMapping("/places")
    ResponseEntity<List<Map<String, Object>>> places(@RequestParam(required = false) String release) {
        final Release chosen = release(release);
        final List<Map<String, Object>> places =
                releases.figures(chosen, Scope.Level.PLACE, null, null).entrySet().stream()
                        .map(place -> {
                            final Place known = ReferenceData.uk()
                                    .place(place.getKey().code())
                                    .orElseThrow();
                            final Map<String, Object> head = new LinkedHashMap<>();
                            head.put("place", known.code());
                            head.put("name", known.name());
                            head.put("region", known.region().code());
                            return figure(head, place.getValue());
                        })
                        .toList();
        return answer(chosen, places);
    }

    @GetMapping("/places/{place}")
    ResponseEntity<Map<String, Object>> place(
            @PathVariable String place, @RequestParam(required = false) String release) {
        final Place known = ViewCodes.place(place);
        final Release chosen = release(release);
        final OpenCell total = releases.figure(chosen, Scope.place(place))
                .orElseThrow(() -> new NoLiveEventsException(
                        place + " (" + known.name() + ") has no live events in release " + chosen.id() + "."));
        final Map<String, Object> head = new LinkedHashMap<>();
        head.put("place", known.code());
        head.put("name", known.name());
        head.put("region", known.region().code());
        head.put("nation", known.nation().displayName());
        return withSectors(chosen, head, total, Scope.place(place));
    }

    @GetMapping("/places/{place}/sectors/{sector}")
    ResponseEntity<Map<String, Object>> placeSector(
            @PathVariable String place, @PathVariable String sector, @RequestParam(required = false) String release) {
        final Place known = ViewCodes.place(place);
        final String title = ViewCodes.sector(sector).title();
        final Release chosen = release(release);
        final OpenCell cell = releases.figure(chosen, Scope.placeSector(place, sector))
                .orElseThrow(() -> new NoLiveEventsException(
                        known.name() + " has no live events in sector " + sector + " in release " + chosen.id() + "."));
        final Map<String, Object> head = new LinkedHashMap<>();
        head.put("place", place);
        head.put("sector", sector);
        head.put("sectorName", title);
        final Map<String, Object> body = figure(head, cell);
        body.put("lastUpdated", cell.lastUpdated());
        return answer(chosen, body);
    }

    @GetMapping("/places/{place}/weekly")
    ResponseEntity<List<Map<String, Object>>> placeWeeks(
            @PathVariable String place,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String release) {
        final Place known = ViewCodes.place(place);
        final Release chosen = release(release);
        if (releases.figure(chosen, Scope.place(place)).isEmpty()) {
            throw new NoLiveEventsException(known.name() + " has no live events in release " + chosen.id() + ".");
        }
        return weekly(chosen, Scope.Level.PLACE_WEEK, place, null, from, to);
    }

    @GetMapping("/places/{place}/sectors/{sector}/weekly")
    ResponseEntity<List<Map<String, Object>>> placeSectorWeeks(
            @PathVariable String place,
            @PathVariable String sector,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String release) {
        final Place known = ViewCodes.place(place);
        ViewCodes.sector(sector);
        final Release chosen = release(release);
        if (releases.figure(chosen, Scope.placeSector(place, sector)).isEmpty()) {
            throw new NoLiveEventsException(
                    known.name() + " has no live events in sector " + sector + " in release " + chosen.id() + ".");
        }
        return weekly(chosen, Scope.Level.PLACE_SECTOR_WEEK, place, sector, from, to);
    }

    @GetMapping("/regions/{region}")
    ResponseEntity<Map<String, Object>> region(
            @PathVariable String region, @RequestParam(required = false) String release) {
        final Region known = ViewCodes.region(region);
        final Release chosen = release(release);
        final OpenCell total = releases.figure(chosen, Scope.rollup(region))
                .orElseThrow(() -> new NoLiveEventsException(
                        known.name() + " (" + region + ") has no live events in release " + chosen.id() + "."));
        final Map<String, Object> head = new LinkedHashMap<>();
        head.put("region", region);
        head.put("name", known.name());
        head.put("nation", known.nation().displayName());
        return withSectors(chosen, head, total, Scope.rollup(region));
    }

    @GetMapping("/regions/{region}/weekly")
    ResponseEntity<List<Map<String, Object>>> regionWeeks(
            @PathVariable String region,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String release) {
        ViewCodes.region(region);
        final Release chosen = release(release);
        return weekly(chosen, Scope.Level.REGION_WEEK, region, null, from, to);
    }

    @GetMapping("/uk")
    ResponseEntity<Map<String, Object>> uk(@RequestParam(required = false) String release) {
        final Release chosen = release(release);
        final OpenCell total = releases.figure(chosen, Scope.rollup(null))
                .orElseThrow(
                        () -> new NoLiveEventsException("The UK has no live events in release " + chosen.id() + "."));
        final Map<String, Object> head = new LinkedHashMap<>();
        head.put("name", "United Kingdom");
        return withSectors(chosen, head, total, Scope.rollup(null));
    }

    @GetMapping("/uk/weekly")
    ResponseEntity<List<Map<String, Object>>> ukWeeks(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String release) {
        final Release chosen = release(release);
        return weekly(chosen, Scope.Level.UK_WEEK, null, null, from, to);
    }

    /** The public areas partners defined, in id order, with their members (as they are defined now). */
    @GetMapping("/areas")
    ResponseEntity<List<ViewResponses.AreaSummary>> areas(@RequestParam(required = false) String release) {
        final Release chosen = release(release);
        return answer(
                chosen,
                areas.visibleTo(null).stream()
                        .map(CustomAreaViewsController::summary)
                        .toList());
    }

    @GetMapping("/areas/{areaId}")
    ResponseEntity<Map<String, Object>> area(
            @PathVariable String areaId, @RequestParam(required = false) String release) {
        final AreaDefinition area = publicArea(areaId);
        final Release chosen = release(release);
        final OpenCell total = releases.figure(chosen, Scope.area(areaId, null, null))
                .orElseThrow(() -> new NoLiveEventsException(
                        area.name() + " (" + areaId + ") has no live events in release " + chosen.id() + "."));
        final Map<String, Object> head = new LinkedHashMap<>();
        head.put("areaId", areaId);
        head.put("name", area.name());
        head.put("visibility", "PUBLIC");
        return withSectors(chosen, head, total, Scope.area(areaId, null, null));
    }

    @GetMapping("/areas/{areaId}/weekly")
    ResponseEntity<List<Map<String, Object>>> areaWeeks(
            @PathVariable String areaId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String release) {
        publicArea(areaId);
        final Release chosen = release(release);
        return weekly(chosen, Scope.Level.AREA_WEEK, areaId, null, from, to);
    }

    private AreaDefinition publicArea(String areaId) {
        return publicArea(areas, areaId);
    }

    /** A public area; a private one is as unknown as one that does not exist. */
    static AreaDefinition publicArea(AreaDefinitions areas, String areaId) {
        if (!Codes.isAreaId(areaId)) {
            throw new MalformedCodeException("'" + areaId + "' is not an areaId: " + Codes.AREA_ID_SHAPE + ".");
        }
        return areas.find(areaId)
                .filter(AreaDefinition::isPublic)
                .orElseThrow(() -> new NoLiveEventsException("There is no public area " + areaId + "."));
    }

    private Release release(String id) {
        return chosen(releases, id);
    }

    /** The release asked for, or the latest: a malformed id is a 400, an unknown one (or none yet) a 404. */
    static Release chosen(OpenReleases releases, String id) {
        if (id == null) {
            return releases.latest()
                    .orElseThrow(() -> new NoLiveEventsException("No release of the open views has been published yet."
                            + " Releases are cut daily; see /open/v1/releases."));
        }
        if (!Release.isWellFormedId(id)) {
            throw new MalformedCodeException(
                    "'" + id + "' is not a release id, like 2026-12-03-1 (see /open/v1/releases).");
        }
        return releases.byId(id)
                .orElseThrow(() -> new NoLiveEventsException(
                        "There is no release " + id + " (or it is no longer kept); see /open/v1/releases."));
    }

    /** A whole place, region, area or the UK: the head, its figures, then its sectors'. */
    private ResponseEntity<Map<String, Object>> withSectors(
            Release chosen, Map<String, Object> head, OpenCell total, Scope whole) {
        final Map<String, Object> body = figure(head, total);
        body.put("sectors", sectors(releases.sectorsOf(chosen, whole)));
        return answer(chosen, body);
    }

    /** A weekly series of a release: one level's weeks within a place, region or area (and sector), filtered. */
    private ResponseEntity<List<Map<String, Object>>> weekly(
            Release chosen, Scope.Level level, String code, String sector, LocalDate from, LocalDate to) {
        return answer(chosen, weeks(chosen, releases.weeks(chosen, level, code, sector, from, to)));
    }

    private List<Map<String, Object>> sectors(SortedMap<Scope, OpenCell> sectors) {
        return sectors.entrySet().stream()
                .map(sector -> {
                    final Map<String, Object> head = new LinkedHashMap<>();
                    head.put("sector", sector.getKey().sector());
                    head.put(
                            "sectorName",
                            ReferenceData.uk()
                                    .section(sector.getKey().sector())
                                    .orElseThrow()
                                    .title());
                    return figure(head, sector.getValue());
                })
                .toList();
    }

    private List<Map<String, Object>> weeks(Release release, SortedMap<Scope, OpenCell> weeks) {
        return weeks.entrySet().stream()
                .map(week -> {
                    final Map<String, Object> head = new LinkedHashMap<>();
                    head.put("weekStart", week.getKey().weekStart());
                    final Map<String, Object> row = figure(head, week.getValue());
                    row.put(
                            "provisional",
                            provisionalWeeks.wasProvisionalOn(week.getKey().weekStart(), release.date()));
                    return row;
                })
                .toList();
    }

    /** The head fields, then each measure's value (null when suppressed), then the flags of those that have any. */
    static Map<String, Object> figure(Map<String, Object> head, OpenCell cell) {
        final Map<String, Object> figure = new LinkedHashMap<>(head);
        figure.putAll(cell.values());
        figure.put("flags", cell.flags());
        return figure;
    }

    static <T> ResponseEntity<T> answer(Release release, T body) {
        return ResponseEntity.ok().header(RELEASE_HEADER, release.id()).body(body);
    }
}
