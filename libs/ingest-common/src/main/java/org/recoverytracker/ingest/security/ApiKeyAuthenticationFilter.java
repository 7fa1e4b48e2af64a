package org.recoverytracker.ingest.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a partner by its {@value #HEADER} header. A request without the header passes on
 * (a bearer token may authenticate it, or the entry point refuses it); a wrong key is refused at
 * once.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

    static final String HEADER = "X-API-Key";

    private final AuthenticationManager authentication;
    private final AuthenticationEntryPoint entryPoint;

    ApiKeyAuthenticationFilter(AuthenticationManager authentication, AuthenticationEntryPoint entryPoint) {
        this.authentication = authentication;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        final String apiKey = request.getHeader(HEADER);
        if (apiKey == null) {
            chain.doFilter(request, response);
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
