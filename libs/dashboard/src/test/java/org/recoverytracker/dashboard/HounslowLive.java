package org.recoverytracker.dashboard;

import org.junit.jupiter.api.BeforeEach;
import org.recoverytracker.dashboard.views.InMemoryRecoveryViews;
import org.recoverytracker.dashboard.views.SampleViews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's web layer reading views that hold Hounslow's live figures at the start of every
 * test; a test changes the views it cares about.
 */
@DashboardWebTest
public abstract class HounslowLive {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected InMemoryRecoveryViews views;

    @BeforeEach
    void liveFiguresForHounslow() {
        views.reset();
        SampleViews.hounslowLive(views);
    }
}
