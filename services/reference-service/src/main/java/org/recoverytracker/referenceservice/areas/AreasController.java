package org.recoverytracker.referenceservice.areas;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.Charset;
import org.recoverytracker.ingest.IngestProperties;
import org.recoverytracker.ingest.reading.CsvEventItems;
import org.recoverytracker.partners.Partner;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT/DELETE /v1/areas/{areaId}} and {@code POST /v1/areas} (a JSON array, or CSV with a row
 * per member). Every success
 * is a 202 sent once Kafka has acknowledged the write. Areas are read on the views service.
 */
@RestController
@RequestMapping(path = "/v1/areas", produces = MediaType.APPLICATION_JSON_VALUE)
class AreasController {

    private final ReferenceWrites<AreaRequest> areas;
    private final int maxRows;

    AreasController(ReferenceWrites<AreaRequest> areas, IngestProperties properties) {
        this.areas = areas;
        // An area is at most 400 rows: this many rows is at least the batch limit's worth of areas.
        this.maxRows = properties.maxBatchEvents() * 10;
    }

    @PutMapping(path = "/{areaId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    WriteStatus put(@PathVariable String areaId, @AuthenticationPrincipal Partner partner, HttpServletRequest request) {
        areas.put(partner, areaId, request);
        return WriteStatus.accepted(areaId);
    }

    @DeleteMapping("/{areaId}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    WriteStatus remove(@PathVariable String areaId, @AuthenticationPrincipal Partner partner) {
        areas.remove(partner, areaId);
        return WriteStatus.removed(areaId);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    WriteStatus.Batch postBatch(@AuthenticationPrincipal Partner partner, HttpServletRequest request) {
        return new WriteStatus.Batch(areas.postBatch(partner, request, MediaType.APPLICATION_JSON));
    }

    /** Areas as CSV, one row per member ({@link AreaCsv}), all or nothing. */
    @PostMapping(consumes = "text/csv")
    @ResponseStatus(HttpStatus.ACCEPTED)
    WriteStatus.Batch postCsv(
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @AuthenticationPrincipal Partner partner,
            HttpServletRequest request) {
        final Charset charset = CsvEventItems.charsetOf(contentType);
        return new WriteStatus.Batch(areas.postBody(partner, request, body -> AreaCsv.convert(body, charset, maxRows))
                .accepted());
    }
}
