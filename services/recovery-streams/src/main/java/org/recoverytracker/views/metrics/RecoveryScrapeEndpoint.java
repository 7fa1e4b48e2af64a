package org.recoverytracker.views.metrics;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusOutputFormat;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;

/**
 * {@code /actuator/prometheus} with the recovery gauge families: Micrometer's and the Prometheus
 * client's metrics as Spring Boot writes them, then the families, in whichever text format the
 * scraper asked for (appended to the Prometheus text format, before the closing {@code # EOF} of
 * OpenMetrics). The Prometheus client can't carry them as a registered collector, because its
 * model refuses a metric named {@code ..._created} (see {@link RecoveryGaugeFamilies}); this
 * endpoint takes the place of Boot's own, which steps aside when one is defined.
 *
 * <p>Protobuf, which Prometheus asks for only with native histograms switched on, has no room for
 * hand-written families and is served as Boot writes it.
 */
public class RecoveryScrapeEndpoint extends PrometheusScrapeEndpoint {

    private static final byte[] OPENMETRICS_EOF = "# EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final RecoveryGauges gauges;
    private final String application;

    RecoveryScrapeEndpoint(
            PrometheusRegistry registry, Properties exporterProperties, RecoveryGauges gauges, String application) {
        super(registry, exporterProperties);
        this.gauges = gauges;
        this.application = application;
    }

    @Override
    @ReadOperation(producesFrom = PrometheusOutputFormat.class)
    public WebEndpointResponse<byte[]> scrape(PrometheusOutputFormat format, @Nullable Set<String> includedNames) {
        final WebEndpointResponse<byte[]> scrape = super.scrape(format, includedNames);
        if (format == PrometheusOutputFormat.CONTENT_TYPE_PROTOBUF
                || scrape.getStatus() != WebEndpointResponse.STATUS_OK
                || includedNames != null && !includedNames.isEmpty()) {
            return scrape;
        }
        final String families =
                RecoveryGaugeFamilies.write(gauges.views(), gauges.provisionalViews(), gauges.areaViews(), application);
        return new WebEndpointResponse<>(
                withFamilies(scrape.getBody(), families), scrape.getStatus(), scrape.getContentType());
    }

    /**
     * The scrape with the families added at its end, or before OpenMetrics' closing {@code # EOF}
     * (Prometheus refuses a scrape with anything after it). Spliced as bytes: the scrape is ASCII
     * but for label values, and need not be decoded to be copied.
     */
    static byte[] withFamilies(byte[] scrape, String families) {
        final byte[] added = families.getBytes(StandardCharsets.UTF_8);
        final int end = endsWith(scrape, OPENMETRICS_EOF) ? scrape.length - OPENMETRICS_EOF.length : scrape.length;
        final byte[] whole = new byte[scrape.length + added.length];
        System.arraycopy(scrape, 0, whole, 0, end);
        System.arraycopy(added, 0, whole, end, added.length);
        System.arraycopy(scrape, end, whole, end + added.length, scrape.length - end);
        return whole;
    }

    private static boolean endsWith(byte[] bytes, byte[] suffix) {
        return bytes.length >= suffix.length
                && Arrays.equals(bytes, bytes.length - suffix.length, bytes.length, suffix, 0, suffix.length);
    }
}
