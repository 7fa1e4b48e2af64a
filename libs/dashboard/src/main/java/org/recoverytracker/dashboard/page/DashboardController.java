package org.recoverytracker.dashboard.page;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.recoverytracker.dashboard.views.Measure;
import org.recoverytracker.dashboard.views.RecoveryViews;
import org.recoverytracker.reference.Codes;
import org.recoverytracker.reference.Place;
import org.recoverytracker.reference.ReferenceData;
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
 * The dashboard pages: the UK overview at {@code /} and a place at {@code /places/{place}}, each
 * rendered whole on the server from the views, so its tables need no JavaScript; and their live
 * fragments, the same blocks rendered again for the page's script to swap in. A place with no
 * live events is a friendly 404, views moving between instances a friendly 503 with
 * {@code Retry-After}, never a 500.
 */
@Controller
@Hidden
public class DashboardController {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardController.class);
    private static final String VIEW = "dashboard/page";
    private static final String LIVE_VIEW = "dashboard/live";
    private static final String RETRY_AFTER_SECONDS = "2";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

    private final DashboardPages pages;
    private final PlaceChooser chooser;
    private final DashboardSettings settings;
    private final Clock clock = Clock.system(ZoneId.of("Europe/London"));

    DashboardController(RecoveryViews views, PlaceChooser chooser, DashboardSettings settings, JsonMapper json) {
        this.pages = new DashboardPages(views, json);
        this.chooser = chooser;
        this.settings = settings;
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
        final DashboardPages.Read uk = pages.uk();
        if (uk.outcome() == DashboardPages.Outcome.UNAVAILABLE) {
            unavailable(response);
        }
        return render(VIEW, uk.page(), model);
    }

    /** A place beside its region and the UK. */
    @GetMapping("/places/{place}")
    String place(@PathVariable String place, Model model, HttpServletResponse response) {
        final String code = place.toUpperCase(Locale.ROOT);
        final Optional<Place> known = known(code);
        if (known.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return render(VIEW, DashboardPages.notFound(), model);
        }
        if (!code.equals(place)) {
            return "redirect:/places/" + code;
        }
        final DashboardPages.Read read = pages.place(known.get());
        status(read.outcome(), response);
        return render(VIEW, read.page(), model);
    }

    /**
     * The live blocks of the UK overview, for the page's script: 404 while the UK has no
     * figures, 503 while they can't be read.
     */
    @GetMapping(DashboardPages.LIVE_UK)
    String liveUk(Model model, HttpServletResponse response) {
        final DashboardPages.Read uk = pages.uk();
        status(uk.outcome(), response);
        return render(LIVE_VIEW, uk.page(), model);
    }

    /** The live blocks of a place's page, for the page's script. */
    @GetMapping(DashboardPages.LIVE_PLACE + "{place}")
    String livePlace(@PathVariable String place, Model model, HttpServletResponse response) {
        final Optional<Place> known = known(place);
        if (known.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return render(LIVE_VIEW, DashboardPages.notFound(), model);
        }
        final DashboardPages.Read read = pages.place(known.get());
        status(read.outcome(), response);
        return render(LIVE_VIEW, read.page(), model);
    }

    /** Something unexpected: a page saying so, not a stack trace or a JSON problem. */
    @ExceptionHandler(RuntimeException.class)
    ModelAndView failed(RuntimeException e, HttpServletResponse response) {
        LOG.error("The dashboard page failed", e);
        response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
        final ModelAndView failure = new ModelAndView(VIEW);
        addCommon(failure.getModel(), DashboardPages.failed());
        return failure;
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

    private String render(String view, DashboardPage page, Model model) {
        addCommon(model.asMap(), page);
        return view;
    }

    private void addCommon(Map<String, Object> model, DashboardPage page) {
        model.put("page", page);
        model.put("format", FigureFormat.EN_GB);
        model.put("measures", Measure.values());
        model.put("weeklyMeasures", Measure.WEEKLY);
        model.put("placeMeasures", Measure.PLACES);
        model.put("choices", chooser.places());
        model.put("refreshMillis", settings.refreshInterval().toMillis());
        model.put("refreshSeconds", Long.toString(settings.refreshInterval().toSeconds()));
        model.put("asAt", LocalTime.now(clock).format(TIME));
        model.put("provisionalNote", pages.provisionalNote());
    }
}
