package org.recoverytracker.partners;

import java.util.List;

/**
 * One entry of {@code recovery.partners}, as operators configure it (in production from a Secret).
 * Every service that needs partners binds this list: the ingest services use the key hashes to
 * recognise a caller, the views service's gate only the ids and places.
 *
 * @param id the partner id, 1 to 64 characters of {@code [A-Za-z0-9._-]}
 * @param keySha256 lower-case hex SHA-256 of the partner's API key
 * @param places GSS codes it may write for, or {@code *} for every place
 * @param requestsPerMinute its own request rate limit; unset takes
 *                          {@code recovery.ingest.rate-limit.requests-per-minute}
 * @param retiringKeySha256 while a key is being rotated, the hash of the old key, which keeps
 *                          working until it is removed; unset otherwise
 */
public record PartnerCredential(
        String id, String keySha256, List<String> places, Integer requestsPerMinute, String retiringKeySha256) {

    /** The same partner, as the error messages of a misconfiguration name it. */
    public IllegalStateException misconfigured(String problem) {
        return new IllegalStateException("Partner '" + id + "' in recovery.partners is misconfigured: " + problem);
    }
}
