package org.recoverytracker.dashboard.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The headers a browser needs to protect the page's readers: a Content Security Policy that lets
 * the page run only its own scripts and styles (and the one inline snippet GOV.UK Frontend needs,
 * by its hash) and be framed by no other site, no MIME sniffing, and no page address leaked to
 * other sites. Set on the page, its fragments and its downloads.
 */
public final class PageSecurityHeaders implements HandlerInterceptor {

    /** GOV.UK Frontend's {@code js-enabled} snippet in page.html, by the hash GOV.UK Frontend publishes. */
    private static final String GOVUK_INLINE_SCRIPT = "'sha256-GUQ5ad8JK5KmEWmROf3LZd9ge94daqNvd8xy9YS1iDw='";

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' " + GOVUK_INLINE_SCRIPT
            + "; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        return true;
    }
}
