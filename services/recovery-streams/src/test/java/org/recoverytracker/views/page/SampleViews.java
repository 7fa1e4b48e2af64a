package org.recoverytracker.views.page;

/**
 * Views API answers for page tests, shaped exactly as the API writes them: Hounslow's air
 * transport job losses and a grant, London, the UK, and Hounslow's weeks.
 */
final class SampleViews {

    static final String HOUNSLOW = """
            {"place":"E09000018","name":"Hounslow","region":"TLI","nation":"England",
             "jobsAtRisk":300,"jobsLost":1200,"jobsSafeguarded":25,"jobsCreated":12,"greenJobsCreated":0,
             "supportAwardedPence":2500050,"greenInvestmentPence":0,"netJobChange":-1188,"events":3,
             "sectors":[
              {"sector":"H","sectorName":"Transportation and storage","jobsAtRisk":300,"jobsLost":1200,
               "jobsSafeguarded":0,"jobsCreated":0,"greenJobsCreated":0,"supportAwardedPence":0,
               "greenInvestmentPence":0,"netJobChange":-1200,"events":2},
              {"sector":"I","sectorName":"Accommodation and food service activities","jobsAtRisk":0,"jobsLost":0,
               "jobsSafeguarded":25,"jobsCreated":12,"greenJobsCreated":0,"supportAwardedPence":2500050,
               "greenInvestmentPence":0,"netJobChange":12,"events":1}]}""";

    static final String LONDON = """
            {"region":"TLI","name":"London","nation":"England",
             "jobsAtRisk":300,"jobsLost":4800,"jobsSafeguarded":25,"jobsCreated":12,"greenJobsCreated":0,
             "supportAwardedPence":2500050,"greenInvestmentPence":0,"netJobChange":-4788,"events":5,
             "sectors":[]}""";

    static final String UK = """
            {"name":"United Kingdom",
             "jobsAtRisk":300,"jobsLost":4800,"jobsSafeguarded":63,"jobsCreated":54,"greenJobsCreated":40,
             "supportAwardedPence":9000050,"greenInvestmentPence":120000000,"netJobChange":-4746,"events":8,
             "sectors":[
              {"sector":"F","sectorName":"Construction","jobsAtRisk":0,"jobsLost":0,"jobsSafeguarded":0,
               "jobsCreated":40,"greenJobsCreated":40,"supportAwardedPence":0,"greenInvestmentPence":120000000,
               "netJobChange":40,"events":1}]}""";

    static final String HOUNSLOW_WEEKS = """
            [{"weekStart":"2020-04-13","jobsAtRisk":300,"jobsLost":1200,"jobsSafeguarded":0,"jobsCreated":0,
              "greenJobsCreated":0,"supportAwardedPence":0,"greenInvestmentPence":0,"netJobChange":-1200,"events":2},
             {"weekStart":"2020-09-07","jobsAtRisk":0,"jobsLost":0,"jobsSafeguarded":25,"jobsCreated":12,
              "greenJobsCreated":0,"supportAwardedPence":2500050,"greenInvestmentPence":0,"netJobChange":12,"events":1}]""";

    static final String UK_WEEKS = HOUNSLOW_WEEKS;

    static final String PLACES = """
            [{"place":"E08000032","name":"Bradford","region":"TLE","jobsAtRisk":0,"jobsLost":0,"jobsSafeguarded":0,
              "jobsCreated":40,"greenJobsCreated":40,"supportAwardedPence":0,"greenInvestmentPence":120000000,
              "netJobChange":40,"events":1},
             {"place":"E09000018","name":"Hounslow","region":"TLI","jobsAtRisk":300,"jobsLost":1200,
              "jobsSafeguarded":25,"jobsCreated":12,"greenJobsCreated":0,"supportAwardedPence":2500050,
              "greenInvestmentPence":0,"netJobChange":-1188,"events":3}]""";

    private SampleViews() {
    }

    /** Hounslow, London and the UK as the API answers them. */
    static void hounslowLive(FakeViewsApi api) {
        api.json("/v1/places/E09000018", HOUNSLOW)
                .json("/v1/places/E09000018/weekly", HOUNSLOW_WEEKS)
                .json("/v1/regions/TLI", LONDON)
                .json("/v1/uk", UK)
                .json("/v1/uk/weekly", UK_WEEKS)
                .json("/v1/places", PLACES);
    }
}
