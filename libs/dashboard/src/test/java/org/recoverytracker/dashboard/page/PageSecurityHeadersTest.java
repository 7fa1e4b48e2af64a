package org.recoverytracker.dashboard.page;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.recoverytracker.dashboard.HounslowLive;

class PageSecurityHeadersTest extends HounslowLive {

    @Test
    void protectsThePageItsFragmentsAndItsDownloads() throws Exception {
        for (String path : new String[] {"/", "/places/E09000018", "/dashboard/fragments/uk", "/downloads/uk.csv"}) {
            mvc.perform(get(path))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Security-Policy", PageSecurityHeaders.CONTENT_SECURITY_POLICY))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("X-Frame-Options", "DENY"));
        }
    }
}
