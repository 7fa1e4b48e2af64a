package org.recoverytracker.ingest.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.recoverytracker.ingest.problems.ProblemWriter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a partner by its {@value #HEADER} header. A request without the header passes on
 * (a bearer token may authenticate it, or the entry point refuses it); a wrong key is refused at
 * once. Where bearer tokens are accepted, a request with an Authorization header too is a 400, as
 * in the views service: which partner is posting must never depend on which header wins. It runs
 * before the bearer token filter, so that holds whether or not the token is valid. Where they are
 * not (no issuer configured, as on the local stack), the Authorization header means nothing here
 * and is ignored, as it always was.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final AuthenticationManager authentication;
    private final AuthenticationEntryPoint entryPoint;
    private final ProblemWriter problems;
    private final boolean bearerTokensAccepted;

    ApiKeyAuthenticationFilter(
            AuthenticationManager authentication,
            AuthenticationEntryPoint entryPoint,
            ProblemWriter problems,
            boolean bearerTokensAccepted) {
        this.authentication = authentication;
        this.entryPoint = entryPoint;
        this.problems = problems;
        this.bearerTokensAccepted = bearerTokensAccepted;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        final String apiKey = request.getHeader(HEADER);
        if (apiKey == null) {
            chain.doFilter(request, response);
            return;
        }
        if (bearerTokensAccepted && request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            problems.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "Send one credential, " + HEADER + " or an Authorization header, not both. Nothing was accepted.");
            return;
        }
        final Authentication partner;
        try {
            partner = authentication.authenticate(ApiKeyAuthenticationProvider.unchecked(apiKey));
        } catch (AuthenticationException refused) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, refused);
            return;
        }
        final var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(partner);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
