package org.recoverytracker.dashboard.page;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recoverytracker.dashboard.views.Measure;
import org.recoverytracker.dashboard.views.RecoveryViews;
import org.recoverytracker.dashboard.views.ReleasedViews;
import org.recoverytracker.disclosure.Flag;
import org.recoverytracker.disclosure.Sdc1;
import org.recoverytracker.reference.Codes;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.reference.SicSection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard pages: the UK overview at {@code /}, a place at {@code /places/{place}}, a public
 * area partners defined at {@code /areas/{areaId}}, and where
 * a place × sector's figure comes from at {@code /places/{place}/sectors/{sector}/provenance},
 * each rendered whole on the server from the views, so its tables need no JavaScript; and the live
 * fragments of the first three, the same blocks rendered again for the page's script to swap in. A
 * place or figure with no live events is a friendly 404, views moving between instances a friendly
 * 503 with {@code Retry-After}, never a 500.
 */
@Controller
@Hidden
public class DashboardController {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardController.class);
    private static final String VIEW = "dashboard/page";
    private static final String LIVE_VIEW = "dashboard/live";
    private static final String PROVENANCE_VIEW = "dashboard/provenance";
    private static final String RETRY_AFTER_SECONDS = "2";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

    private final RecoveryViews exact;
    private final ReleasedViews released;
    private final JsonMapper json;
    private final PlaceChooser chooser;
    private final DashboardSettings settings;
    private final Clock clock = Clock.system(ZoneId.of("Europe/London"));

    /**
     * @param released the releases of the open views; needed unless the page shows exact figures
     *     ({@code recovery.dashboard.figures=exact})
     */
    DashboardController(
            RecoveryViews exact,
            ObjectProvider<ReleasedViews> released,
            PlaceChooser chooser,
            DashboardSettings settings,
            JsonMapper json) {
        this.exact = exact;
        this.released = released.getIfAvailable();
        this.json = json;
        this.chooser = chooser;
        this.settings = settings;
        if (settings.figures() == DashboardSettings.ShownFigures.OPEN && this.released == null) {
            throw new IllegalStateException("The page shows open figures (recovery.dashboard.figures=open), but the "
                    + "service provides no ReleasedViews to read them from");
        }
    }

    /** The pages of the figures shown, for one request: a release read once, so that the page shows one release. */
    private DashboardPages pages() {
        return DashboardPages.of(settings.figures(), exact, released, json);
    }

    /** The UK overview, or — from the chooser's plain form — a redirect to the chosen place. */
    @GetMapping("/")
    String overview(
            @RequestParam(name = "place", required = false) String typed, Model model, HttpServletResponse response) {
        if (!PlaceChooser.meansUk(typed)) {
            final Optional<Place> chosen = chooser.find(typed);
            if (chosen.isPresent()) {
                return "redirect:/places/" + chosen.get().code();
            }
            model.addAttribute("typed", typed.strip());
            model.addAttribute(
                    "choiceError",
                    "There is no council area called ‘" + typed.strip()
                            + "’. Choose one from the list, or type its name or its ONS code, such as E09000018.");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        final DashboardPages pages = pages();
        final DashboardPages.Read uk = pages.uk();
        if (uk.outcome() == DashboardPages.Outcome.UNAVAILABLE) {
            unavailable(response);
        }
        return render(VIEW, uk.page(), model, pages);
    }

    /** A place beside its region and the UK. */
    @GetMapping("/places/{place}")
    String place(@PathVariable String place, Model model, HttpServletResponse response) {
        final String code = place.toUpperCase(Locale.ROOT);
        final Optional<Place> known = known(code);
        if (known.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return render(VIEW, DashboardPages.notFound(), model, pages());
        }
        if (!code.equals(place)) {
            return "redirect:/places/" + code;
        }
        final DashboardPages pages = pages();
        final DashboardPages.Read read = pages.place(known.get());
        status(read.outcome(), response);
        return render(VIEW, read.page(), model, pages);
    }

    /** A public area partners defined; unknown, private or malformed ids alike are a 404. */
    @GetMapping("/areas/{areaId}")
    String area(@PathVariable String areaId, Model model, HttpServletResponse response) {
        final DashboardPages pages = pages();
        final DashboardPages.Read read = areaRead(pages, areaId);
        status(read.outcome(), response);
        return render(VIEW, read.page(), model, pages);
    }

    /**
     * Where the figure of a place × sector comes from (of one week with {@code ?week=}, its
     * Monday): codes in the path that name nothing are a 404 as on a place's page, a week that is
     * no Monday a 400 saying how to write one.
     */
    @GetMapping("/places/{place}/sectors/{sector}/provenance")
    String provenance(
            @PathVariable String place,
            @PathVariable String sector,
            @RequestParam(name = "week", required = false) String week,
            Model model,
            HttpServletResponse response) {
        final String placeCode = place.toUpperCase(Locale.ROOT);
        final String sectorCode = sector.toUpperCase(Locale.ROOT);
        final DashboardPages pages = pages();
        final Optional<Place> knownPlace = known(placeCode);
        if (knownPlace.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return render(VIEW, DashboardPages.notFound(), model, pages);
        }
        final Optional<SicSection> knownSector =
                Codes.isSectionCode(sectorCode) ? ReferenceData.uk().section(sectorCode) : Optional.empty();
        if (knownSector.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return render(VIEW, DashboardPages.sectorNotFound(knownPlace.get()), model, pages);
        }
        if (pages.open()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return render(VIEW, DashboardPages.provenanceNotShown(knownPlace.get(), knownSector.get()), model, pages);
        }
        final LocalDate monday;
        try {
            monday = week == null || week.isBlank() ? null : LocalDate.parse(week.strip());
        } catch (DateTimeParseException e) {
            return badWeek(pages, knownPlace.get(), knownSector.get(), week, model, response);
        }
        if (monday != null && monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            return badWeek(pages, knownPlace.get(), knownSector.get(), week, model, response);
        }
        if (!placeCode.equals(place) || !sectorCode.equals(sector)) {
            return "redirect:" + ProvenancePage.path(placeCode, sectorCode, monday);
        }
        final DashboardPages.Sourced read = pages.provenance(knownPlace.get(), knownSector.get(), monday);
        status(read.outcome(), response);
        if (read.provenance() == null) {
            return render(VIEW, read.page(), model, pages);
        }
        model.addAttribute("provenance", read.provenance());
        model.addAttribute("format", FigureFormat.EN_GB);
        model.addAttribute("measures", Measure.values());
        model.addAttribute("asAt", LocalTime.now(clock).format(TIME));
        return PROVENANCE_VIEW;
    }

    /**
     * The live blocks of the UK overview, for the page's script: 404 while the UK has no
     * figures, 503 while they can't be read.
     */
    @GetMapping(DashboardPages.LIVE_UK)
    String liveUk(Model model, HttpServletResponse response) {
        final DashboardPages pages = pages();
        final DashboardPages.Read uk = pages.uk();
        status(uk.outcome(), response);
        return render(LIVE_VIEW, uk.page(), model, pages);
    }

    /** The live blocks of a place's page, for the page's script. */
    @GetMapping(DashboardPages.LIVE_PLACE + "{place}")
    String livePlace(@PathVariable String place, Model model, HttpServletResponse response) {
        final Optional<Place> known = known(place);
        if (known.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return render(LIVE_VIEW, DashboardPages.notFound(), model, pages());
        }
        final DashboardPages pages = pages();
        final DashboardPages.Read read = pages.place(known.get());
        status(read.outcome(), response);
        return render(LIVE_VIEW, read.page(), model, pages);
    }

    /** The live blocks of an area's page, for the page's script. */
    @GetMapping(DashboardPages.LIVE_AREA + "{areaId}")
    String liveArea(@PathVariable String areaId, Model model, HttpServletResponse response) {
        final DashboardPages pages = pages();
        final DashboardPages.Read read = areaRead(pages, areaId);
        status(read.outcome(), response);
        return render(LIVE_VIEW, read.page(), model, pages);
    }

    private static DashboardPages.Read areaRead(DashboardPages pages, String areaId) {
        if (!Codes.isAreaId(areaId)) {
            return new DashboardPages.Read(DashboardPages.notFound(), DashboardPages.Outcome.NO_LIVE_EVENTS);
        }
        return pages.area(areaId);
    }

    /** Something unexpected: a page saying so, not a stack trace or a JSON problem. */
    @ExceptionHandler(RuntimeException.class)
    ModelAndView failed(RuntimeException e, HttpServletResponse response) {
        LOG.error("The dashboard page failed", e);
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        final ModelAndView failure = new ModelAndView(VIEW);
        addCommon(
                failure.getModel(),
                DashboardPages.failed(),
                new DashboardPages(exact, json, settings.figures() == DashboardSettings.ShownFigures.OPEN, null));
        return failure;
    }

    private String badWeek(
            DashboardPages pages,
            Place place,
            SicSection sector,
            String week,
            Model model,
            HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return render(VIEW, DashboardPages.badWeek(place, sector, week.strip()), model, pages);
    }

    private static Optional<Place> known(String code) {
        return Codes.isPlaceCode(code) ? ReferenceData.uk().place(code) : Optional.empty();
    }

    private static void status(DashboardPages.Outcome outcome, HttpServletResponse response) {
        switch (outcome) {
            case FOUND -> {}
            case NO_LIVE_EVENTS -> response.setStatus(HttpStatus.NOT_FOUND.value());
            case UNAVAILABLE -> unavailable(response);
        }
    }

    private static void unavailable(HttpServletResponse response) {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }

    private String render(String view, DashboardPage page, Model model, DashboardPages pages) {
        addCommon(model.asMap(), page, pages);
        return view;
    }

    private void addCommon(Map<String, Object> model, DashboardPage page, DashboardPages pages) {
        model.put("page", page);
        model.put("openFigures", pages.open());
        model.put("release", pages.release());
        model.put("dataPrefix", DashboardPage.Links.dataPrefix(pages.open()));
        model.put("disclosureRules", Sdc1.RULES);
        model.put("flags", Flag.values());
        model.put("format", FigureFormat.EN_GB);
        model.put("measures", Measure.values());
        model.put("weeklyMeasures", Measure.WEEKLY);
        model.put("placeMeasures", Measure.PLACES);
        model.put("indexRows", IndexRow.values());
        model.put("choices", chooser.places());
        model.put("refreshMillis", settings.refreshInterval().toMillis());
        model.put("refreshSeconds", Long.toString(settings.refreshInterval().toSeconds()));
        model.put("asAt", LocalTime.now(clock).format(TIME));
        model.put("provisionalNote", pages.provisionalNote());
    }
}
