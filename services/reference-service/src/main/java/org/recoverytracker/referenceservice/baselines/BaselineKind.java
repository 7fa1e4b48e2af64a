package org.recoverytracker.referenceservice.baselines;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.recoverytracker.partners.Partner;
import org.recoverytracker.reference.records.Baseline;
import org.recoverytracker.reference.records.BaselineSource;
import org.recoverytracker.referenceservice.writing.ReferenceKind;
import org.recoverytracker.rules.SectorRule;
import org.recoverytracker.rules.Violation;
import org.recoverytracker.schemas.EventKey;
import org.recoverytracker.schemas.ReferenceApi;

/**
 * Baselines: written only by the partners allowed to write reference data, keyed like events by
 * {@code partner/baselineId}, so a partner replaces (revises) or removes only its own.
 */
final class BaselineKind implements ReferenceKind<BaselineRequest> {

    private static final ZoneId UK_TIME = ZoneId.of("Europe/London");

    private final BaselineWriters writers;
    private final Clock clock;

    BaselineKind(BaselineWriters writers, Clock clock) {
        this.writers = writers;
        this.clock = clock;
    }

    @Override
    public String name() {
        return ReferenceApi.BASELINE_KIND;
    }

    @Override
    public String path() {
        return ReferenceApi.BASELINES_PATH;
    }

    @Override
    public Class<BaselineRequest> requestType() {
        return BaselineRequest.class;
    }

    @Override
    public String idField() {
        return "baselineId";
    }

    @Override
    public String idOf(BaselineRequest request) {
        return request.baselineId();
    }

    @Override
    public String csvNestedField() {
        return "source";
    }

    @Override
    public List<Violation> check(BaselineRequest request) {
        return BaselineRules.check(request, LocalDate.now(clock.withZone(UK_TIME)));
    }

    @Override
    public Optional<String> refusal(Partner partner, String id) {
        return writers.mayWrite(partner)
                ? Optional.empty()
                : Optional.of("partner '" + partner.id() + "' may not write baselines; "
                        + "only partners allowed to write reference data may");
    }

    @Override
    public String key(Partner partner, String id) {
        return new EventKey(partner.id(), id).toString();
    }

    @Override
    public SpecificRecord toRecord(BaselineRequest request, Partner partner, String id, Instant receivedAt) {
        final BaselineRequest.Source source = request.source();
        return Baseline.newBuilder()
                .setBaselineId(id)
                .setPartner(partner.id())
                .setReceivedAt(receivedAt)
                .setDataset(request.dataset())
                .setVariable(request.variable())
                .setPeriod(request.period())
                .setPlace(request.place())
                .setSicCode(request.sicCode())
                .setSector(SectorRule.sectionOf(request.sicCode(), request.sector()))
                .setValue(request.value())
                .setStatus(request.status())
                .setSource(new BaselineSource(
                        source.url(), source.title().strip(), source.retrievedOn(), source.licence()))
                .build();
    }
}
