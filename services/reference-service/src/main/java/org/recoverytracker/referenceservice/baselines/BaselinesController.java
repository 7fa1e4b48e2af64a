package org.recoverytracker.referenceservice.baselines;

import jakarta.servlet.http.HttpServletRequest;
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
 * {@code PUT/DELETE /v1/baselines/{id}} and {@code POST /v1/baselines} (a JSON array or CSV).
 * Every success is a 202 sent once Kafka has acknowledged the write.
 */
@RestController
@RequestMapping(path = "/v1/baselines", produces = MediaType.APPLICATION_JSON_VALUE)
class BaselinesController {

    private final ReferenceWrites<BaselineRequest> baselines;

    BaselinesController(ReferenceWrites<BaselineRequest> baselines) {
        this.baselines = baselines;
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

    @PostMapping(consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    @ResponseStatus(HttpStatus.ACCEPTED)
    WriteStatus.Batch postBatch(
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @AuthenticationPrincipal Partner partner,
            HttpServletRequest request) {
        return new WriteStatus.Batch(baselines.postBatch(partner, request, contentType));
    }
}
