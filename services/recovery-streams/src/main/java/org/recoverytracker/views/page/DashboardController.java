package org.recoverytracker.views.page;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;

import org.recoverytracker.reference.Codes;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.reference.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * The dashboard pages: the UK overview at {@code /} and a place at {@code /places/{place}}. Each is
 * rendered whole on the server from the Views API, so its tables need no JavaScript; a place with
 * no live events is a friendly 404, views moving between instances a friendly 503 with
 * {@code Retry-After}, never a 500.
 */
@Controller
@Hidden
class DashboardController {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardController.class);
    private static final String VIEW = "dashboard/area";
    private static final String DEFAULT_RETRY_AFTER = "2";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

    private final ViewsApiClient api;
    private final PlaceChooser chooser;
    private final DashboardSettings settings;
    private final String regionNames;
    private final Clock clock = Clock.system(ZoneId.of("Europe/London"));

    DashboardController(ViewsApiClient api, PlaceChooser chooser, DashboardSettings settings, JsonMapper json) {
        this.api = api;
        this.chooser = chooser;
        this.settings = settings;
        final Map<String, String> names = new LinkedHashMap<>();
        ReferenceData.uk().regions().forEach(region -> names.put(region.code(), region.name()));
        this.regionNames = json.writeValueAsString(names);
    }

    /** The UK overview, or — from the chooser's plain form — a redirect to the chosen place. */
    @GetMapping("/")
    String overview(@RequestParam(name = "place", required = false) String typed, Model model,
                    HttpServletResponse response) {
        if (!PlaceChooser.meansUk(typed)) {
            final Optional<Place> chosen = chooser.find(typed);
            if (chosen.isPresent()) {
                return "redirect:/places/" + chosen.get().code();
            }
            model.addAttribute("typed", typed.strip());
            model.addAttribute("choiceError", "There is no council area called ‘" + typed.strip()
                    + "’. Choose one from the list, or type its name or its ONS code, such as E09000018.");
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        final Fetched<AreaFigures> uk = api.uk();
        final DashboardPage.Notice notice = switch (uk.outcome()) {
            case FOUND -> null;
            case NO_LIVE_EVENTS -> new DashboardPage.Notice("There are no figures yet",
                    "No partner has reported a job loss, business support or a green project yet. "
                            + "Figures will appear here as soon as one is reported.");
            case UNAVAILABLE, MALFORMED -> unavailable(uk, response);
        };
        final DashboardPage page = new DashboardPage("Economic recovery across the UK", "Recovery Tracker", "uk", null,
                new DashboardPage.Area(PlaceChooser.UK_NAME, uk,
                        uk.found() ? api.ukWeeks(ViewsApiClient.WeekRange.ALL) : uk.map(figures -> List.of()),
                        DashboardPage.Links.uk()),
                null, uk.found() ? api.places() : uk.map(figures -> List.of()), notice);
        return render(page, model);
    }

    /** A place beside its region and the UK. */
    @GetMapping("/places/{place}")
    String place(@PathVariable String place, Model model, HttpServletResponse response) {
        final String code = place.toUpperCase(Locale.ROOT);
        final Optional<Place> known = Codes.isPlaceCode(code) ? ReferenceData.uk().place(code) : Optional.empty();
        if (known.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return render(notFound(), model);
        }
        if (!code.equals(place)) {
            return "redirect:/places/" + code;
        }
        final Place chosen = known.get();
        final Region region = chosen.region();
        final Fetched<AreaFigures> figures = api.place(code);
        final DashboardPage.Notice notice = switch (figures.outcome()) {
            case FOUND -> null;
            case NO_LIVE_EVENTS -> {
                response.setStatus(HttpStatus.NOT_FOUND.value());
                yield new DashboardPage.Notice("There are no figures for " + chosen.name() + " yet",
                        "No partner has reported a job loss, business support or a green project in " + chosen.name()
                                + ", or every report has been withdrawn. Figures will appear here as soon as one is "
                                + "reported.");
            }
            case UNAVAILABLE, MALFORMED -> unavailable(figures, response);
        };
        final DashboardPage page = new DashboardPage(chosen.name(), region.name() + ", " + chosen.nation().displayName(),
                "place", code,
                new DashboardPage.Area(chosen.name(), figures,
                        figures.found() ? api.placeWeeks(code, ViewsApiClient.WeekRange.ALL) : figures.map(found -> List.of()),
                        DashboardPage.Links.place(code)),
                figures.found()
                        ? new DashboardPage.Comparison(region.code(), region.name(), api.region(region.code()), api.uk(),
                                DashboardPage.Links.region(region.code()), DashboardPage.Links.uk())
                        : null,
                null, notice);
        return render(page, model);
    }

    /** Something unexpected: a page saying so, not a stack trace or a JSON problem. */
    @ExceptionHandler(RuntimeException.class)
    ModelAndView failed(RuntimeException e, HttpServletResponse response) {
        LOG.error("The dashboard page failed", e);
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        final ModelAndView failure = new ModelAndView(VIEW);
        addCommon(failure.getModel(), new DashboardPage("Sorry, there is a problem with the service", "Recovery Tracker",
                "uk", null, null, null, null, new DashboardPage.Notice("Sorry, there is a problem with the service",
                        "Try again later. The figures themselves are safe: this page could not show them.")));
        return failure;
    }

    private DashboardPage.Notice unavailable(Fetched<?> fetched, HttpServletResponse response) {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, fetched.retryAfter() == null ? DEFAULT_RETRY_AFTER : fetched.retryAfter());
        return new DashboardPage.Notice("The figures are being moved, try again in a moment",
                "The service is sharing its work between its servers, which takes a few seconds. Refresh this page in a "
                        + "moment. (Status 503: service unavailable.)");
    }

    private static DashboardPage notFound() {
        return new DashboardPage("Page not found", "Recovery Tracker", "uk", null, null, null, null,
                new DashboardPage.Notice("Page not found",
                        "There is no council area with that code. Choose a place from the list below."));
    }

    private String render(DashboardPage page, Model model) {
        addCommon(model.asMap(), page);
        return VIEW;
    }

    private void addCommon(Map<String, Object> model, DashboardPage page) {
        model.put("page", page);
        model.put("measures", Measure.values());
        model.put("weeklyMeasures", Measure.WEEKLY);
        model.put("placeMeasures", Measure.PLACES);
        model.put("choices", chooser.places());
        model.put("regionNames", regionNames);
        model.put("refreshMillis", settings.refreshInterval().toMillis());
        model.put("asAt", LocalTime.now(clock).format(TIME));
    }
}
