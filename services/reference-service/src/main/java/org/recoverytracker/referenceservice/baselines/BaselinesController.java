package org.recoverytracker.referenceservice.baselines;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.recoverytracker.partners.Partner;
import org.recoverytracker.reference.records.BaselineStatus;
import org.recoverytracker.reference.records.BaselineVariable;
import org.recoverytracker.referenceservice.writing.ReferenceWrites;
import org.recoverytracker.referenceservice.writing.WriteStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT/DELETE /v1/baselines/{id}}, {@code POST /v1/baselines} (a JSON array or CSV) and
 * {@code POST /v1/baselines/nomis} (BRES as Nomis exports it).
 * Every success is a 202 sent once Kafka has acknowledged the write.
 */
@RestController
@RequestMapping(path = "/v1/baselines", produces = MediaType.APPLICATION_JSON_VALUE)
class BaselinesController {

    static final String NOMIS_TITLE = "Business Register and Employment Survey (Nomis dataset NM_189_1)";

    static final String NOMIS_URL = "https://www.nomisweb.co.uk/datasets/newbres6pub";

    private static final ZoneId UK_TIME = ZoneId.of("Europe/London");

    private final ReferenceWrites<BaselineRequest> baselines;
    private final Clock clock;

    BaselinesController(ReferenceWrites<BaselineRequest> baselines, Clock clock) {
        this.baselines = baselines;
        this.clock = clock;
    }

    @PutMapping(path = "/{baselineId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    WriteStatus put(
            @PathVariable String baselineId, @AuthenticationPrincipal Partner partner, HttpServletRequest request) {
        baselines.put(partner, baselineId, request);
        return WriteStatus.accepted(baselineId);
    }

    @DeleteMapping("/{baselineId}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    WriteStatus remove(@PathVariable String baselineId, @AuthenticationPrincipal Partner partner) {
        baselines.remove(partner, baselineId);
        return WriteStatus.removed(baselineId);
    }

    /** The answer to an import: the baselines published, and the rows of the file that don't apply. */
    record ImportStatus(int accepted, int ignored) {}

    /**
     * A CSV as Nomis exports BRES ({@link NomisBaselines}), all or nothing. Every figure gets the
     * status given ({@code FINAL} unless said), and the source named (Nomis NM_189_1 unless said).
     */
    @PostMapping(path = "/nomis", consumes = "text/csv")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ImportStatus importNomis(
            @RequestParam(defaultValue = "BRES") String dataset,
            @RequestParam(defaultValue = "FINAL") BaselineStatus status,
            @RequestParam(required = false) BaselineVariable variable,
            @RequestParam(defaultValue = NOMIS_TITLE) String sourceTitle,
            @RequestParam(defaultValue = NOMIS_URL) String sourceUrl,
            @AuthenticationPrincipal Partner partner,
            HttpServletRequest request) {
        final NomisBaselines.Settings settings = new NomisBaselines.Settings(
                dataset, status, variable, sourceTitle, sourceUrl, LocalDate.now(clock.withZone(UK_TIME)));
        final ReferenceWrites.Published published =
                baselines.postBody(partner, request, body -> NomisBaselines.convert(body, settings));
        return new ImportStatus(published.accepted(), published.ignored());
    }

    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @ResponseStatus(HttpStatus.ACCEPTED)
    WriteStatus.Batch postBatch(
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @AuthenticationPrincipal Partner partner,
            HttpServletRequest request) {
        return new WriteStatus.Batch(baselines.postBatch(partner, request, contentType));
    }
}
