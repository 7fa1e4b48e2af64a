package org.recoverytracker.dashboard.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.recoverytracker.turns.Turns;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A bulkhead around the page and its downloads: at most {@code rendering} of them are read and
 * rendered at once, at most {@code waiting} more wait up to {@code wait} for their turn, and the
 * rest are answered at once with a 503 and {@code Retry-After}. Rendering is CPU-bound, so more at
 * once is no faster; and without a bound a flood of page loads (300 at once were measured) holds
 * every request thread of the service, so that its health probes and the Views API, served by the
 * same threads, time out and the orchestrator restarts a healthy instance.
 */
public final class PageTurns implements HandlerInterceptor {

    private static final String TURN_TAKEN = PageTurns.class.getName() + ".taken";

    private final Turns turns;

    public PageTurns(int rendering, int waiting, Duration wait) {
        this.turns = new Turns(rendering, waiting, wait);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        if (!turns.take()) {
            return busy(response);
        }
        request.setAttribute(TURN_TAKEN, Boolean.TRUE);
        return true;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (request.getAttribute(TURN_TAKEN) != null) {
            request.removeAttribute(TURN_TAKEN);
            turns.giveBack();
        }
    }

    private static boolean busy(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
        response.getWriter().write("The dashboard is busy; please try again in a moment.\n");
        return false;
    }
}
