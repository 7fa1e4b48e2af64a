package org.recoverytracker.partners;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.recoverytracker.schemas.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured partners (the shared {@link PartnerRegistry}), found by API key. Keys are random
 * secrets, so a SHA-256 of the key is enough to store and compare (as for other API tokens); a slow
 * password hash would only slow every request. Key hashes are checked when the service starts, like
 * the rest of the registry.
 */
public final class PartnerDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(PartnerDirectory.class);
    private static final Pattern SHA_256_HEX = Pattern.compile("[0-9a-f]{64}");

    private final PartnerRegistry registry;
    private final Map<String, Partner> byKeyHash;

    public PartnerDirectory(List<PartnerCredential> credentials) {
        this.registry = new PartnerRegistry(credentials);
        final Map<String, Partner> partners = new HashMap<>();
        for (PartnerCredential credential : credentials) {
            final Partner partner = registry.byId(credential.id()).orElseThrow();
            for (String keyHash : keyHashes(credential)) {
                if (partners.put(keyHash, partner) != null) {
                    throw credential.misconfigured("its key hash is also another partner's");
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
        return registry.ids();
    }

    /** A configured partner by id, whichever way it authenticates. */
    public Optional<Partner> byId(String id) {
        return registry.byId(id);
    }

    public Optional<Partner> byApiKey(String apiKey) {
        return Optional.ofNullable(byKeyHash.get(sha256Hex(apiKey)));
    }

    /** The hash to configure for an API key. */
    public static String sha256Hex(String apiKey) {
        return Sha256.hex(apiKey);
    }

    /**
     * The key hashes that identify the partner: its key, and its old key while that is being rotated
     * out; none for a partner that authenticates only with JWT bearer tokens.
     */
    private static List<String> keyHashes(PartnerCredential credential) {
        if (credential.keySha256() == null && credential.retiringKeySha256() == null) {
            LOG.info(
                    "Partner {} has no API key (key-sha256): it can authenticate only with a JWT bearer token",
                    credential.id());
            return List.of();
        }
        if (credential.keySha256() == null
                || !SHA_256_HEX.matcher(credential.keySha256()).matches()) {
            throw credential.misconfigured(
                    "key-sha256 must be the lower-case hex SHA-256 of the partner's API key (64 characters)");
        }
        if (credential.retiringKeySha256() != null
                && !SHA_256_HEX.matcher(credential.retiringKeySha256()).matches()) {
            throw credential.misconfigured(
                    "retiring-key-sha256 must be the lower-case hex SHA-256 of the partner's old API key");
        }
        return credential.retiringKeySha256() == null
                ? List.of(credential.keySha256())
                : List.of(credential.keySha256(), credential.retiringKeySha256());
    }
}
