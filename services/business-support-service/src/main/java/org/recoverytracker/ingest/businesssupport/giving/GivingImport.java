package org.recoverytracker.ingest.businesssupport.giving;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.recoverytracker.events.SicSection;
import org.recoverytracker.ingest.IngestProperties;
import org.recoverytracker.ingest.metrics.IngestMetrics;
import org.recoverytracker.ingest.problems.RefusedEvents;
import org.recoverytracker.ingest.problems.RejectedRequestException;
import org.recoverytracker.ingest.publishing.BatchTurns;
import org.recoverytracker.ingest.publishing.EventPublisher;
import org.recoverytracker.ingest.publishing.EventPublisher.KeyedEvent;
import org.recoverytracker.ingest.reading.BoundedBody;
import org.recoverytracker.ingest.reading.CsvEventItems;
import org.recoverytracker.partners.Partner;
import org.recoverytracker.rules.ViewPlace;
import org.recoverytracker.schemas.CommonEventFields;
import org.recoverytracker.schemas.EventKey;
import org.springframework.http.MediaType;

/**
 * Imports a partner's 360Giving package as business-support events: reads it within the limits of
 * a batch (size, grants, read time, and one of the instance's batch turns, shared with batches),
 * makes each grant an event ({@link GrantMapper}), checks that each grant has its own id and that
 * the partner may write for its place, as the ingest API does, and publishes what {@link
 * ImportPlan} decides in one Kafka transaction.
 */
public final class GivingImport {

    private final IngestProperties properties;
    private final BatchTurns turns;
    private final GrantMapper mapper;
    private final EventPublisher publisher;
    private final IngestMetrics metrics;
    private final Clock clock;

    GivingImport(
            IngestProperties properties,
            BatchTurns turns,
            GrantMapper mapper,
            EventPublisher publisher,
            IngestMetrics metrics,
            Clock clock) {
        this.properties = properties;
        this.turns = turns;
        this.mapper = mapper;
        this.publisher = publisher;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** What the request asks of the import besides its package. */
    record Options(SicSection sector, boolean skipInvalid) {

        /** Reads {@code ?sector=} and {@code ?skipInvalid=}, refusing values they can't have with a 400. */
        static Options of(String sector, String skipInvalid) {
            return new Options(sector(sector), skipInvalid(skipInvalid));
        }

        private static SicSection sector(String sector) {
            if (sector == null) {
                return null;
            }
            if (sector.length() != 1 || sector.charAt(0) < 'A' || sector.charAt(0) > 'U') {
                throw RejectedRequestException.malformed("?sector= must be a UK SIC 2007 section, one letter A to U,"
                        + " but was '" + GrantProblem.shortened(sector, 20) + "'; nothing was published.");
            }
            return SicSection.valueOf(sector);
        }

        private static boolean skipInvalid(String skipInvalid) {
            if (skipInvalid == null || skipInvalid.equals("false")) {
                return false;
            }
            if (skipInvalid.equals("true")) {
                return true;
            }
            throw RejectedRequestException.malformed("?skipInvalid= must be true or false, but was '"
                    + GrantProblem.shortened(skipInvalid, 20) + "'; nothing was published.");
        }
    }

    public ImportStatus importPackage(
            Partner partner, HttpServletRequest request, MediaType contentType, Options options) {
        return counted(partner, () -> {
            // The turn is taken before the body is read, so that bodies in memory are bounded too.
            final ImportStatus[] status = new ImportStatus[1];
            turns.inTurn(() -> {
                status[0] = importInTurn(partner, request, contentType, options);
                return status[0].accepted();
            });
            return status[0];
        });
    }

    private ImportStatus importInTurn(
            Partner partner, HttpServletRequest request, MediaType contentType, Options options) {
        final byte[] body = BoundedBody.read(request, properties.maxBatchSize(), properties.bodyReadDeadline());
        final List<Grant> grants = MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
                ? JsonPackageReader.read(body, properties.maxBatchEvents())
                : CsvPackageReader.read(body, CsvEventItems.charsetOf(contentType), properties.maxBatchEvents());
        if (grants.isEmpty()) {
            throw RejectedRequestException.malformed("The package holds no grants; nothing was published.");
        }
        final ImportPlan plan =
                ImportPlan.decide(outcomes(grants, partner, options), options.skipInvalid(), partner.id());
        publisher.publishAll(plan.events());
        return new ImportStatus(plan.events().size(), plan.skipped());
    }

    private List<GrantOutcome> outcomes(List<Grant> grants, Partner partner, Options options) {
        final Instant receivedAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        final Map<String, Integer> firstIndexOfEventId = new HashMap<>();
        final List<GrantOutcome> outcomes = new ArrayList<>(grants.size());
        for (Grant grant : grants) {
            final GrantMapper.Mapped mapped = mapper.map(grant, options.sector(), partner.id(), receivedAt);
            final List<GrantProblem> problems = new ArrayList<>(mapped.problems());
            if (mapped.eventId() != null) {
                final Integer earlier = firstIndexOfEventId.putIfAbsent(mapped.eventId(), grant.index());
                if (earlier != null) {
                    problems.add(grant.problem(
                            GrantField.ID,
                            "is also the id of grant " + earlier + " of this package; each grant needs its own id"));
                }
            }
            if (!problems.isEmpty()) {
                outcomes.add(GrantOutcome.refused(grant, problems));
                continue;
            }
            // As in the ingest API, a partner's places are current districts: it may import a grant
            // posted on a code that has since ended when the grant counts in one of them.
            final CommonEventFields event = CommonEventFields.of(mapped.event());
            if (partner.mayWriteFor(ViewPlace.of(event))) {
                outcomes.add(GrantOutcome.taken(
                        grant, new KeyedEvent(new EventKey(partner.id(), mapped.eventId()), mapped.event())));
            } else {
                outcomes.add(GrantOutcome.forbidden(
                        grant,
                        grant.problem(
                                GrantField.BENEFICIARY_LOCATION,
                                "partner '" + partner.id() + "' may not write for " + ViewPlace.asPosted(event))));
            }
        }
        return outcomes;
    }

    /** Runs an import, counting its grants as accepted or rejected events. */
    private ImportStatus counted(Partner partner, Supplier<ImportStatus> work) {
        try {
            final ImportStatus status = work.get();
            metrics.accepted(partner.id(), status.accepted());
            if (!status.skipped().isEmpty()) {
                metrics.rejected(partner.id(), status.skipped().size());
            }
            return status;
        } catch (GrantsRefusedException e) {
            metrics.rejected(partner.id(), e.grantCount());
            throw e;
        } catch (RuntimeException e) {
            if (e instanceof RefusedEvents refused) {
                metrics.rejected(partner.id(), refused.eventCount());
            }
            throw e;
        }
    }
}
