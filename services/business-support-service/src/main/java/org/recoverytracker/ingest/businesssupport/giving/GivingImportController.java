package org.recoverytracker.ingest.businesssupport.giving;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.recoverytracker.partners.Partner;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/business-support/360giving}: a partner's 360Giving package (JSON, or the
 * standard's CSV with title headers), each grant published as a {@code GRANT} business-support
 * event. Behind the same credentials, rate limit and problem details as the rest of the ingest API;
 * its own refusals name each grant by index and id.
 */
@RestController
class GivingImportController {

    /** The business-support resource ({@code EventKind.BUSINESS_SUPPORT}), then the import's own part. */
    static final String PATH = "/v1/business-support/360giving";

    private static final String TEXT_CSV = "text/csv";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    private final GivingImport givingImport;

    GivingImportController(GivingImport givingImport) {
        this.givingImport = givingImport;
    }

    @PostMapping(
            path = PATH,
            consumes = {MediaType.APPLICATION_JSON_VALUE, TEXT_CSV},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(
            summary = "Import a 360Giving package as grants",
            description = "Publishes each grant of a 360Giving package (https://standard.threesixtygiving.org/) as a"
                    + " GRANT business-support event, in one transaction. Each grant's eventId is made from its id,"
                    + " so importing a package again replaces its events. The place comes from beneficiaryLocation"
                    + " (a district's GSS code, an ended code by the code that held its area on the award date, or"
                    + " a smaller area whose name begins with a district's name, like the LSOA 'Mendip 004B');"
                    + " the recipient from recipientOrganization, the programme from grantProgramme, amountPence"
                    + " from amountAwarded (GBP only), occurredOn from awardDate. All or nothing: a grant that can't"
                    + " be imported is a 422 listing every such grant and why, unless skipInvalid=true.",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema =
                                                @Schema(
                                                        type = "object",
                                                        description =
                                                                "A 360Giving package: {\"grants\": [...]}, as the standard's"
                                                                        + " package schema; at most 10,000 grants.")),
                                @Content(
                                        mediaType = TEXT_CSV,
                                        schema =
                                                @Schema(
                                                        type = "string",
                                                        description =
                                                                "The standard's CSV: a header row of its titles, then one"
                                                                        + " grant per row. Read: Identifier, Title, Currency, Amount Awarded,"
                                                                        + " Award Date, Recipient Org:Identifier, Recipient Org:Name,"
                                                                        + " Recipient Org:Company Number, Recipient Ind:*, Beneficiary"
                                                                        + " Location:Name, Beneficiary Location:Geographic Code, Beneficiary"
                                                                        + " Location:Geographic Code Type, Grant Programme:Title, Grant"
                                                                        + " Programme:Code, Classifications:Vocabulary, Classifications:Code;"
                                                                        + " a list's further items numbered from 0, like Beneficiary"
                                                                        + " Location:1:Name. Other columns are left alone."))
                            }),
            responses = {
                @ApiResponse(responseCode = "202", description = "Accepted: Kafka has acknowledged the events."),
                @ApiResponse(
                        responseCode = "400",
                        description = "The body is not a 360Giving package, or a parameter is malformed.",
                        content = @Content(schema = @Schema(ref = PROBLEM_REF))),
                @ApiResponse(
                        responseCode = "401",
                        description = "No or bad credentials.",
                        content = @Content(schema = @Schema(ref = PROBLEM_REF))),
                @ApiResponse(
                        responseCode = "403",
                        description = "Grants for places this partner may not write for (and no other problem).",
                        content = @Content(schema = @Schema(ref = PROBLEM_REF))),
                @ApiResponse(
                        responseCode = "413",
                        description = "The body or the number of grants is too large.",
                        content = @Content(schema = @Schema(ref = PROBLEM_REF))),
                @ApiResponse(
                        responseCode = "415",
                        description = "Unsupported media type.",
                        content = @Content(schema = @Schema(ref = PROBLEM_REF))),
                @ApiResponse(
                        responseCode = "422",
                        description = "Grants that can't be imported: errors lists each by index, id and field.",
                        content = @Content(schema = @Schema(ref = PROBLEM_REF))),
                @ApiResponse(
                        responseCode = "429",
                        description = "Too many requests from this partner.",
                        content = @Content(schema = @Schema(ref = PROBLEM_REF))),
                @ApiResponse(
                        responseCode = "503",
                        description = "Kafka is unavailable, or the instance is busy with batches: nothing was"
                                + " accepted; retry after Retry-After seconds.",
                        content = @Content(schema = @Schema(ref = PROBLEM_REF)))
            })
    ImportStatus importPackage(
            @RequestHeader(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @Parameter(
                            description = "UK SIC 2007 section (A to U) of the grants that don't classify themselves"
                                    + " with a SIC code; required unless every grant does.",
                            example = "I")
                    @RequestParam(required = false)
                    String sector,
            @Parameter(
                            description = "true: import the grants that can be, and list the others as skipped,"
                                    + " instead of refusing the whole package.")
                    @RequestParam(required = false)
                    String skipInvalid,
            @AuthenticationPrincipal Partner partner,
            HttpServletRequest request) {
        return givingImport.importPackage(partner, request, contentType, GivingImport.Options.of(sector, skipInvalid));
    }

    /** As the ingest API's 422 and 403, each error naming its grant's id besides its index. */
    @ExceptionHandler(GrantsRefusedException.class)
    ResponseEntity<ProblemDetail> refused(GrantsRefusedException e, HttpServletRequest request) {
        final ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", e.problems());
        return ResponseEntity.status(e.status()).body(problem);
    }
}
