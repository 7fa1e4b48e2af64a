package org.recoverytracker.dashboard.catalogue;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.recoverytracker.dashboard.downloads.DownloadResponses;
import org.recoverytracker.dashboard.views.FiguresUnavailableException;
import org.recoverytracker.dashboard.views.PlaceFigures;
import org.recoverytracker.dashboard.views.PublicArea;
import org.recoverytracker.dashboard.views.RecoveryViews;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code GET /catalog.jsonld}: the published datasets as a DCAT catalogue. */
@RestController
@Tag(name = "Open data", description = "What is published, for open data portals to harvest")
public class CatalogueController {

    static final MediaType JSON_LD = new MediaType("application", "ld+json");

    private final RecoveryViews views;

    CatalogueController(RecoveryViews views) {
        this.views = views;
    }

    @GetMapping("/catalog.jsonld")
    @Operation(summary = "Every published dataset and its JSON and CSV distributions, as a DCAT catalogue in JSON-LD")
    ResponseEntity<?> catalogue() {
        final List<PlaceFigures> places;
        final List<PublicArea> areas;
        try {
            places = views.places();
            areas = views.publicAreas();
        } catch (FiguresUnavailableException e) {
            return DownloadResponses.unavailable();
        }
        final String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        final Map<String, Object> catalogue = DatasetCatalogue.of(base, places, areas);
        return ResponseEntity.ok().contentType(JSON_LD).body(catalogue);
    }
}
