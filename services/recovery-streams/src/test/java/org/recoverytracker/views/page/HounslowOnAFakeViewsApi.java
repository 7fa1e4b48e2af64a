package org.recoverytracker.views.page;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's web layer reading a {@link FakeViewsApi} that answers Hounslow's live figures at
 * the start of every test; a test changes the answers it cares about.
 */
@DashboardWebTest
abstract class HounslowOnAFakeViewsApi {

    // One fake for the test JVM, ended with it: every class then reads the same URL and so shares
    // one cached Spring context.
    protected static final FakeViewsApi API = FakeViewsApi.start();

    @Autowired
    protected MockMvc mvc;

    @DynamicPropertySource
    static void readTheFakeViewsApi(DynamicPropertyRegistry registry) {
        registry.add("recovery.dashboard.views-api", API::baseUrl);
    }

    @BeforeEach
    void liveFiguresForHounslow() {
        API.reset();
        SampleViews.hounslowLive(API);
    }
}
