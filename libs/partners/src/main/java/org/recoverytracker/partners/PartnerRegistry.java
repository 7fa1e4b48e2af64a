package org.recoverytracker.partners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.schemas.EventKey;

/**
 * The configured partners by id, and the places each may write for: the one registry behind both
 * ways in, HTTP (the ingest services) and partner topics (the views service's gate). It is checked
 * when a service starts, so a typo in an id or a place code stops the service instead of locking a
 * partner out later.
 */
public final class PartnerRegistry {

    private final Map<String, Partner> byId;

    public PartnerRegistry(List<PartnerCredential> credentials) {
        final Map<String, Partner> partners = new LinkedHashMap<>();
        for (PartnerCredential credential : credentials) {
            final Partner partner = validated(credential);
            if (partners.putIfAbsent(partner.id(), partner) != null) {
                throw credential.misconfigured("the id is configured twice");
            }
        }
        for (String id : partners.keySet()) {
            for (String other : partners.keySet()) {
                if (other.startsWith(id + ".")) {
                    throw credentialOf(credentials, other)
                            .misconfigured("its id extends " + id + "'s with a dot, so " + id
                                    + "'s Kafka topic prefix, recovery.partner." + id
                                    + ".*, would cover its topics too");
                }
            }
        }
        this.byId = Map.copyOf(partners);
    }

    private static PartnerCredential credentialOf(List<PartnerCredential> credentials, String id) {
        return credentials.stream()
                .filter(credential -> id.equals(credential.id()))
                .findFirst()
                .orElseThrow();
    }

    public Optional<Partner> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The ids of every configured partner, sorted. */
    public Set<String> ids() {
        return new TreeSet<>(byId.keySet());
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    private static Partner validated(PartnerCredential credential) {
        if (credential.id() == null || !EventKey.isPartnerId(credential.id())) {
            throw credential.misconfigured("the id must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-'");
        }
        if (credential.places() == null || credential.places().isEmpty()) {
            throw credential.misconfigured("places must list the GSS codes it may write for, or *");
        }
        for (String place : credential.places()) {
            if (!Partner.ALL_PLACES.equals(place)
                    && ReferenceData.uk().place(place).isEmpty()) {
                throw credential.misconfigured("place " + place + " is not a UK local authority district");
            }
        }
        if (credential.requestsPerMinute() != null && credential.requestsPerMinute() < 1) {
            throw credential.misconfigured("requests-per-minute must be 1 or more");
        }
        return new Partner(credential.id(), Set.copyOf(credential.places()), credential.requestsPerMinute());
    }
}
