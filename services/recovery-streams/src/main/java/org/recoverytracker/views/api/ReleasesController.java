package org.recoverytracker.views.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.recoverytracker.disclosure.Sdc1;
import org.recoverytracker.partners.Partner;
import org.recoverytracker.views.api.ViewProblems.MalformedCodeException;
import org.recoverytracker.views.api.ViewProblems.NoLiveEventsException;
import org.recoverytracker.views.api.ViewProblems.NotAllowedException;
import org.recoverytracker.views.open.OpenReleases;
import org.recoverytracker.views.open.Release;
import org.recoverytracker.views.open.ReleaseCutter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The releases of the open views (rule 7 of {@code sdc-1}): listed for anyone, cut daily on a
 * schedule, and at once on request by a partner that may write for every place (operators, tests).
 * A release is known by its day: the moment it was cut is not published.
 */
@RestController
@RequestMapping(path = "/open/v1/releases", produces = MediaType.APPLICATION_JSON_VALUE)
class ReleasesController {

    /** A release as listed: its id, its day, and whether it was the day's scheduled one. */
    record ReleaseSummary(String id, LocalDate date, boolean scheduled, long figures, String profile) {

        static ReleaseSummary of(Release release) {
            return new ReleaseSummary(
                    release.id(), release.date(), release.scheduled(), release.figures(), Sdc1.PROFILE);
        }
    }

    private final OpenReleases releases;
    private final ReleaseCutter cutter;
    private final PartnerCallers callers;

    ReleasesController(OpenReleases releases, ReleaseCutter cutter, PartnerCallers callers) {
        this.releases = releases;
        this.cutter = cutter;
        this.callers = callers;
    }

    /** Every release kept, oldest first. */
    @GetMapping
    ResponseEntity<List<ReleaseSummary>> releases() {
        return ResponseEntity.ok()
                .body(releases.all().stream().map(ReleaseSummary::of).toList());
    }

    @GetMapping("/{id}")
    ResponseEntity<ReleaseSummary> release(@PathVariable String id) {
        if (!Release.isWellFormedId(id)) {
            throw new MalformedCodeException("'" + id + "' is not a release id, like 2026-12-03-1.");
        }
        final Release release = releases.byId(id)
                .orElseThrow(
                        () -> new NoLiveEventsException("There is no release " + id + " (or it is no longer kept)."));
        return OpenViewsController.answer(release, ReleaseSummary.of(release));
    }

    /** Cuts a release at once; 201 with the release. */
    @PostMapping
    ResponseEntity<ReleaseSummary> cut(
            @RequestHeader(name = PartnerCallers.API_KEY, required = false) String apiKey,
            @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        final Partner caller = callers.required(apiKey, authorization, "Cutting a release is for operators");
        if (!caller.mayWriteEverywhere()) {
            throw new NotAllowedException("Partner " + caller.id()
                    + " may not cut releases: only a partner that may write for every place may.");
        }
        final Release release = cutter.cut(false).orElseThrow();
        return ResponseEntity.created(URI.create("/open/v1/releases/" + release.id()))
                .header(OpenViewsController.RELEASE_HEADER, release.id())
                .body(ReleaseSummary.of(release));
    }
}
