package org.recoverytracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recoverytracker.schemas.ReferenceApi;

/** What {@code helm install} tells the operator: how to reach the APIs and the dashboards. */
class NotesTest {

    @Test
    void withoutIngressNotesTellHowToPortForwardToEachApiAndWhereTheDashboardsAre() {
        final String notes = HelmChart.notes(HelmChart.DEVELOPMENT_KAFKA);

        assertThat(notes)
                .contains("WARNING: no Kafka authentication (kafka.allowInsecure)")
                .contains("port-forward svc/recovery-tracker-streams 8080:8080")
                .contains(
                        "port-forward svc/recovery-tracker-job-loss 8081:8080   # then http://localhost:8081/v1/job-losses")
                .contains("port-forward svc/recovery-tracker-business-support 8082:8080")
                .contains("port-forward svc/recovery-tracker-green-economy 8083:8080")
                // The reference service's local port and paths are the catalogue's
                .contains("port-forward svc/recovery-tracker-reference " + ReferenceApi.LOCAL_PORT
                        + ":8080   # then http://localhost:" + ReferenceApi.LOCAL_PORT + ReferenceApi.AREAS_PATH + ", "
                        + ReferenceApi.BASELINES_PATH)
                .contains("ConfigMap \"recovery-tracker-dashboards\"", "grafana_dashboard=1")
                .contains("create secret generic recovery-tracker-partners");
    }

    @Test
    void withIngressNotesGiveTheApiAddressesAndRaiseNoWarningForProductionValues() {
        final String notes = HelmChart.notes(HelmChart.PRODUCTION_VALUES);

        assertThat(notes)
                .contains("https://recovery.example.com/v1/uk", "https://recovery.example.com/v1/job-losses")
                .contains("https://reference.recovery.example.com/v1/areas     reference data: PUT, DELETE and POST")
                .contains("namespace \"monitoring\"")
                .contains("PrometheusRule \"recovery-tracker\"")
                .contains("Kafka: recovery-kafka-kafka-bootstrap.kafka:9093 (SASL_SSL, scram-sha-512)")
                .doesNotContain("WARNING");
    }

    @Test
    void notesSayWhoMayCallTheExactViewsAndHowToReachThemWhenOnlyTheClusterMay() {
        assertThat(HelmChart.notes(HelmChart.PRODUCTION_VALUES))
                .contains("https://recovery.example.com/v1/uk")
                .contains("partners only, with their API key or bearer token");

        final String cluster =
                HelmChart.notes(HelmChart.PRODUCTION_VALUES, HelmChart.testValues("exact-api-cluster.yaml"));

        assertThat(cluster)
                .doesNotContain("https://recovery.example.com/v1/uk")
                .contains("https://recovery.example.com/open/")
                .contains("the exact views (/v1/uk, /v1/places, ...) are not routed")
                .contains("port-forward svc/recovery-tracker-streams 8080:8080");
    }

    @Test
    void notesNameEachKafkaPartnersUserAndSayThePartnerMustBeInThePartnersFile() {
        final String notes = HelmChart.notes(HelmChart.PRODUCTION_VALUES, HelmChart.testValues("kafka-partners.yaml"));

        assertThat(notes)
                .contains(
                        "- hounslow-council   (KafkaUser recovery-tracker-partner-hounslow-council, credentials in its Secret)")
                .contains("- leeds.city-council   (KafkaUser recovery-tracker-partner-leeds.city-council")
                .contains("Each must also be in the partners file");
    }

    @Test
    void notesWarnWhenStandbyReplicasCannotBePlaced() {
        final String notes = HelmChart.notes(
                HelmChart.DEVELOPMENT_KAFKA, HelmChart.testValues("streams-single-instance-with-standby.yaml"));

        assertThat(notes).contains("WARNING: streams.standbyReplicas (1) needs more than that many instances");
    }
}
