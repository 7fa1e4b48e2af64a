package org.recoverytracker.dashboard.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.recoverytracker.dashboard.HounslowLive;
import org.recoverytracker.dashboard.views.SampleViews;

class PageSecurityHeadersTest extends HounslowLive {

    @Test
    void protectsThePageItsFragmentsAndItsDownloads() throws Exception {
        views.publicArea(SampleViews.HEATHROW_ZONE, SampleViews.HOUNSLOW_WEEKS);
        for (String path : new String[] {
            "/areas/heathrow-zone",
            "/dashboard/fragments/areas/heathrow-zone",
            "/downloads/uk.csv-metadata.json",
            "/catalog.jsonld",
            "/",
            "/places/E09000018",
            "/places/E09000018/sectors/H/provenance",
            "/places/E09000018/sectors/H/provenance?week=2020-04-13",
            "/dashboard/fragments/uk",
            "/downloads/uk.csv"
        }) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Security-Policy", PageSecurityHeaders.CONTENT_SECURITY_POLICY))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("X-Frame-Options", "DENY"));
        }
    }

    @Test
    void runsNoInlineScriptButTheOneThePolicyAllowsByItsHash() throws Exception {
        views.publicArea(SampleViews.HEATHROW_ZONE, SampleViews.HOUNSLOW_WEEKS);
        for (String path :
                List.of("/", "/places/E09000018", "/areas/heathrow-zone", "/places/E09000018/sectors/H/provenance")) {
            final List<String> inline = Jsoup.parse(
                            mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
                    .select("script:not([src]):not([type=application/ld+json])")
                    .stream()
                    .map(Element::data)
                    .toList();

            assertThat(inline).as(path).hasSize(1);
            final byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(inline.get(0).getBytes(StandardCharsets.UTF_8));
            assertThat(PageSecurityHeaders.CONTENT_SECURITY_POLICY)
                    .as(path)
                    .contains("'sha256-" + Base64.getEncoder().encodeToString(hash) + "'");
        }
    }
}
