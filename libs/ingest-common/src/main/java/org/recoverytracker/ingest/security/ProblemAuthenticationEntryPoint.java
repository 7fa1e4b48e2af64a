package org.recoverytracker.ingest.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.recoverytracker.ingest.problems.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** Answers a request without valid credentials with a 401 problem detail saying what to send. */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemWriter problems;
    private final boolean bearerTokensAccepted;

    ProblemAuthenticationEntryPoint(ProblemWriter problems, boolean bearerTokensAccepted) {
        this.problems = problems;
        this.bearerTokensAccepted = bearerTokensAccepted;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                bearerTokensAccepted
                        ? "ApiKey header=\"" + ApiKeyAuthenticationFilter.HEADER + "\", Bearer"
                        : "ApiKey header=\"" + ApiKeyAuthenticationFilter.HEADER + "\"");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, detail(failure));
    }

    private String detail(AuthenticationException failure) {
        if (failure instanceof BadCredentialsException) {
            return failure.getMessage() + " Nothing was accepted.";
        }
        if (failure instanceof OAuth2AuthenticationException invalidToken) {
            return "The bearer token is not valid: " + invalidToken.getError().getDescription()
                    + " Nothing was accepted.";
        }
        return bearerTokensAccepted
                ? "Send your partner API key in the X-API-Key header, or a bearer token in the Authorization header."
                : "Send your partner API key in the X-API-Key header.";
    }
}
