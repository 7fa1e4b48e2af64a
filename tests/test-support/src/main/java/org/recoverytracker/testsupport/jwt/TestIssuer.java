package org.recoverytracker.testsupport.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * A JWT issuer made for a test: an RSA key pair of its own, its public key as the PEM file a
 * service is pointed at ({@code spring.security.oauth2.resourceserver.jwt.public-key-location}),
 * and partner tokens signed with its private key, with the claims the services read by default
 * ({@code partner_id}, {@code places}).
 */
public final class TestIssuer {

    private static final Duration ISSUED_BEFORE_EXPIRY = Duration.ofHours(1);

    private final KeyPair keys;

    public TestIssuer() {
        try {
            final KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the public key to a temporary PEM file and gives its location, {@code file:...}. */
    public String publicKeyLocation() {
        try {
            final Path publicKey = Files.createTempFile("issuer", ".pem");
            publicKey.toFile().deleteOnExit();
            Files.writeString(
                    publicKey,
                    "-----BEGIN PUBLIC KEY-----\n"
                            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                    .encodeToString(keys.getPublic().getEncoded())
                            + "\n-----END PUBLIC KEY-----\n");
            return "file:" + publicKey;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A signed token for a partner.
     *
     * @param partner the {@code partner_id} claim, or null for a token without one
     * @param places the {@code places} claim
     * @param validForSeconds how long from now it expires; negative for a token already expired (beyond
     *     the services' 60 s clock skew: -300, say)
     * @param audience the {@code aud} claim
     */
    public String token(String partner, List<String> places, long validForSeconds, String audience) {
        final Instant expiry = Instant.now().plusSeconds(validForSeconds);
        // Issued well before it expires, so an expired token is well-formed and refused for its
        // expiry alone (a token that expires before it is issued is refused as malformed).
        final JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject("partner-system")
                .audience(audience)
                .issueTime(Date.from(expiry.minus(ISSUED_BEFORE_EXPIRY)))
                .expirationTime(Date.from(expiry))
                .claim("places", places);
        if (partner != null) {
            claims.claim("partner_id", partner);
        }
        try {
            final SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
