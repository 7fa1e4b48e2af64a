package org.recoverytracker.ingest.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.recoverytracker.ingest.security.PartnerProperties.PartnerCredential;
import org.recoverytracker.reference.ReferenceData;
import org.recoverytracker.schemas.EventKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured partners, found by API key. Keys are random secrets, so a SHA-256 of the key is
 * enough to store and compare (as for other API tokens); a slow password hash would only slow
 * every request. The configuration is checked when the service starts, so a typo in a place code
 * or a key hash stops the service instead of locking a partner out later.
 */
public final class PartnerDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerDirectory.class);
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final Map<String, Partner> byKeyHash;

    public PartnerDirectory(List<PartnerCredential> credentials) {
        final Map<String, Partner> partners = new HashMap<>();
        final Set<String> ids = new HashSet<>();
        for (PartnerCredential credential : credentials) {
            final Partner partner = validated(credential);
            if (!ids.add(partner.id())) {
                throw invalid(credential, "the id is configured twice");
            }
            for (String keyHash : keyHashes(credential)) {
                if (partners.put(keyHash, partner) != null) {
                    throw invalid(credential, "its key hash is also another partner's");
                }
            }
        }
        this.byKeyHash = Map.copyOf(partners);
        if (byKeyHash.isEmpty()) {
            LOG.warn("No partners are configured (recovery.partners): every request with an API key will be refused");
        }
    }

    /** The ids of every configured partner. */
    public Set<String> partnerIds() {
        final Set<String> ids = new TreeSet<>();
        byKeyHash.values().forEach(partner -> ids.add(partner.id()));
        return ids;
    }

    public Optional<Partner> byApiKey(String apiKey) {
        return Optional.ofNullable(byKeyHash.get(sha256Hex(apiKey)));
    }

    /** The hash to configure for an API key. */
    public static String sha256Hex(String apiKey) {
        try {
            final byte[] digest = MessageDigest.getInstance("SHA-256").digest(apiKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Partner validated(PartnerCredential credential) {
        if (credential.id() == null || !EventKey.isPartnerId(credential.id())) {
            throw invalid(credential, "the id must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-'");
        }
        if (credential.keySha256() == null || !SHA_256_HEX.matcher(credential.keySha256()).matches()) {
            throw invalid(credential, "key-sha256 must be the lower-case hex SHA-256 of the partner's API key (64 characters)");
        }
        if (credential.retiringKeySha256() != null && !SHA_256_HEX.matcher(credential.retiringKeySha256()).matches()) {
            throw invalid(credential, "retiring-key-sha256 must be the lower-case hex SHA-256 of the partner's old API key");
        }
        if (credential.places() == null || credential.places().isEmpty()) {
            throw invalid(credential, "places must list the GSS codes it may write for, or *");
        }
        for (String place : credential.places()) {
            if (!Partner.ALL_PLACES.equals(place) && ReferenceData.uk().place(place).isEmpty()) {
                throw invalid(credential, "place " + place + " is not a UK local authority district");
            }
        }
        if (credential.requestsPerMinute() != null && credential.requestsPerMinute() < 1) {
            throw invalid(credential, "requests-per-minute must be 1 or more");
        }
        return new Partner(credential.id(), Set.copyOf(credential.places()), credential.requestsPerMinute());
    }

    /** The key hashes that identify the partner: its key, and its old key while that is being rotated out. */
    private static List<String> keyHashes(PartnerCredential credential) {
        return credential.retiringKeySha256() == null
                ? List.of(credential.keySha256())
                : List.of(credential.keySha256(), credential.retiringKeySha256());
    }

    private static IllegalStateException invalid(PartnerCredential credential, String problem) {
        return new IllegalStateException("Partner '" + credential.id() + "' in recovery.partners is misconfigured: " + problem);
    }
}
