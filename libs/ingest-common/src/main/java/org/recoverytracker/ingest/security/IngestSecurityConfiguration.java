package org.recoverytracker.ingest.security;

import org.recoverytracker.ingest.problems.ProblemWriter;
import org.recoverytracker.partners.PartnerDirectory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Who may call the ingest API: partners with an API key, or — when an issuer or JWK set is
 * configured under {@code spring.security.oauth2.resourceserver.jwt} — with a JWT bearer token
 * for this service's audience, naming a configured partner.
 * Health, metrics and the API documentation are open.
 */
@Configuration(proxyBeanMethods = false)
public class IngestSecurityConfiguration {

    private static final String[] OPEN_PATHS = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/prometheus",
        "/actuator/info",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/v3/api-docs.yaml",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/error"
    };

    @Bean
    PartnerDirectory partnerDirectory(PartnerProperties properties) {
        return new PartnerDirectory(properties.partners());
    }

    /**
     * Partners are the only users; declaring how they authenticate also stops Spring Boot from
     * creating a default user with a generated password.
     */
    @Bean
    AuthenticationProvider apiKeyAuthenticationProvider(PartnerDirectory partners) {
        return new ApiKeyAuthenticationProvider(partners);
    }

    @Bean
    SecurityFilterChain ingestSecurity(
            HttpSecurity http,
            PartnerProperties properties,
            PartnerDirectory partners,
            ProblemWriter problems,
            ObjectProvider<JwtDecoder> jwtDecoder,
            Environment environment,
            AuthenticationProvider apiKeyAuthenticationProvider)
            throws Exception {
        // Only the API-key filter uses this manager; bearer tokens have their own (the resource
        // server's JWT provider), so it is not made the chain's shared manager.
        final AuthenticationManager apiKeys = new ProviderManager(apiKeyAuthenticationProvider);
        final JwtDecoder decoder = jwtDecoder.getIfAvailable();
        final ProblemAuthenticationEntryPoint entryPoint =
                new ProblemAuthenticationEntryPoint(problems, decoder != null);
        final AccessDeniedHandler accessDenied = (request, response, denied) ->
                problems.write(request, response, HttpStatus.FORBIDDEN, "This partner may not do that.");
        http.csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.requestMatchers(OPEN_PATHS)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
                // Before the bearer token filter, so a request with both credentials is refused
                // whatever its token (ApiKeyAuthenticationFilter).
                .addFilterBefore(
                        new ApiKeyAuthenticationFilter(apiKeys, entryPoint, problems, decoder != null),
                        BearerTokenAuthenticationFilter.class);
        if (decoder != null) {
            JwtAudiences.requireConfigured(environment);
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .authenticationEntryPoint(entryPoint)
                    .jwt(jwt -> jwt.decoder(decoder)
                            .jwtAuthenticationConverter(new JwtPartnerConverter(properties.jwt(), partners))));
        }
        return http.build();
    }
}
