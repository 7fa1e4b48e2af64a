package org.recoverytracker.referenceservice.areas;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.recoverytracker.partners.Partner;
import org.recoverytracker.reference.records.Area;
import org.recoverytracker.reference.records.AreaMember;
import org.recoverytracker.reference.records.AreaVisibility;
import org.recoverytracker.referenceservice.writing.ReferenceKind;
import org.recoverytracker.rules.Violation;
import org.recoverytracker.schemas.ReferenceApi;

/**
 * Areas: any partner may define one; its id is unique across partners (the Kafka key is the id
 * alone) and only the partner that first took it may change or remove it.
 */
final class AreaKind implements ReferenceKind<AreaRequest> {

    private static final ZoneId UK_TIME = ZoneId.of("Europe/London");

    private final AreaOwners owners;
    private final Clock clock;

    AreaKind(AreaOwners owners, Clock clock) {
        this.owners = owners;
        this.clock = clock;
    }

    @Override
    public String name() {
        return ReferenceApi.AREA_KIND;
    }

    @Override
    public String path() {
        return ReferenceApi.AREAS_PATH;
    }

    @Override
    public Class<AreaRequest> requestType() {
        return AreaRequest.class;
    }

    @Override
    public String idField() {
        return "areaId";
    }

    @Override
    public String idOf(AreaRequest request) {
        return request.areaId();
    }

    @Override
    public String csvNestedField() {
        return null;
    }

    @Override
    public List<Violation> check(AreaRequest request) {
        return AreaRules.check(request, LocalDate.now(clock.withZone(UK_TIME)));
    }

    @Override
    public Optional<String> refusal(Partner partner, String id) {
        return owners.ownerOf(id)
                .filter(owner -> !owner.equals(partner.id()))
                .map(owner -> "area '" + id + "' belongs to another partner; choose another id");
    }

    @Override
    public String key(Partner partner, String id) {
        return id;
    }

    @Override
    public SpecificRecord toRecord(AreaRequest request, Partner partner, String id, Instant receivedAt) {
        return Area.newBuilder()
                .setAreaId(id)
                .setOwner(partner.id())
                .setReceivedAt(receivedAt)
                .setName(request.name().strip())
                .setVisibility(request.visibility() == null ? AreaVisibility.PUBLIC : request.visibility())
                .setMembers(request.members().stream()
                        .map(member -> new AreaMember(member.place(), member.from(), member.to()))
                        .toList())
                .build();
    }

    @Override
    public void published(Partner partner, List<String> ids, boolean removed) {
        owners.published(partner.id(), ids, removed);
    }
}
