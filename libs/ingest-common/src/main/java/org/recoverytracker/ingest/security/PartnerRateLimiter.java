package org.recoverytracker.ingest.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.recoverytracker.ingest.IngestProperties;
import org.recoverytracker.ingest.metrics.IngestMetrics;
import org.recoverytracker.ingest.problems.RateLimitedException;
import org.recoverytracker.partners.Partner;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Limits how many requests each partner may make, so that one partner's runaway system can't take
 * the service from the others: a token bucket per partner holding a minute's worth of requests
 * (its own limit, or the service's default), refilled continuously. A request over the limit is
 * a 429 with Retry-After and reads no body.
 */
public final class PartnerRateLimiter implements HandlerInterceptor {

    private final int defaultRequestsPerMinute;
    private final IngestMetrics metrics;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public PartnerRateLimiter(IngestProperties.RateLimit defaults, IngestMetrics metrics) {
        this.defaultRequestsPerMinute = defaults.requestsPerMinute();
        this.metrics = metrics;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        final Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Partner partner)) {
            return true;
        }
        final ConsumptionProbe probe =
                buckets.computeIfAbsent(partner.id(), id -> bucket(partner)).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            metrics.rejected(partner.id(), 1);
            final long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            throw new RateLimitedException(
                    "Partner '" + partner.id() + "' has made more than " + limitOf(partner)
                            + " requests in a minute; nothing was accepted. Retry in " + seconds
                            + " s, or send events in batches.",
                    seconds);
        }
        return true;
    }

    private Bucket bucket(Partner partner) {
        final int limit = limitOf(partner);
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit)
                        .refillGreedy(limit, Duration.ofMinutes(1))
                        .build())
                .build();
    }

    private int limitOf(Partner partner) {
        return partner.requestsPerMinute() == null ? defaultRequestsPerMinute : partner.requestsPerMinute();
    }
}
