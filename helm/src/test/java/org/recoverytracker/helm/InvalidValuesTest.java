package org.recoverytracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values that can't work are refused before anything is installed, with a message that says
 * what is wrong: wrong types and unknown keys by values.schema.json, impossible combinations by
 * the chart's fail guards.
 */
class InvalidValuesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            invalid-wrong-type.yaml                       | streams.replicaCount: Invalid type. Expected: integer, given: string
            invalid-unknown-key.yaml                      | ingest.jobLoss: Additional property replicas is not allowed
            invalid-partners-in-values.yaml               | partners: Additional property list is not allowed
            invalid-bad-bootstrap.yaml                    | kafka.bootstrapServers: Does not match pattern
            invalid-persistence-without-size.yaml         | streams.persistence.enabled needs streams.persistence.size
            invalid-tls-without-secret.yaml               | kafka.tls.enabled needs kafka.tls.caSecret
            invalid-mtls-without-tls.yaml                 | kafka.auth.type tls (mutual TLS) needs kafka.tls.enabled: true
            invalid-sasl-without-secret.yaml              | kafka.auth.type scram-sha-512 needs kafka.auth.existingSecret
            invalid-strimzi-users-without-auth.yaml       | strimzi.users.enabled needs kafka.auth.type scram-sha-512 or tls
            invalid-strimzi-users-with-shared-secret.yaml | leave kafka.auth.existingSecret and kafka.auth.username empty
            invalid-no-partner-authentication.yaml        | The ingest services need the partners file
            invalid-jwt-without-audience.yaml             | partners.jwt.audience is required with partners.jwt.issuerUri
            invalid-autoscaling-min-above-max.yaml        | ingest.autoscaling.minReplicas (5) is larger than ingest.autoscaling.maxReplicas (2)
            invalid-pdb-min-and-max.yaml                  | streams.pdb: set either minAvailable or maxUnavailable, not both
            invalid-ingress-tls-without-secret.yaml       | ingress.tls.enabled needs ingress.tls.secretName
            invalid-ingress-exposes-actuator.yaml         | ingress: /actuator must not be routed
            invalid-kafka-without-authentication.yaml     | kafka.auth.type none: the services would connect to Kafka without authentication
            invalid-partner-id-format.yaml                | partners.kafka.0.id: Does not match pattern
            invalid-partner-id-resource-name.yaml         | partners.kafka: Hounslow_Council can't name its KafkaTopics and KafkaUser
            invalid-partner-listed-twice.yaml             | partners.kafka: hounslow-council is listed twice
            invalid-partner-prefix-overlap.yaml           | the topics of leeds.north start with recovery.partner.leeds., the prefix leeds may write
            invalid-partner-user-name-too-long.yaml       | is longer than 63 characters
            invalid-kafka-partners-without-partners-file.yaml | partners.kafka needs partners.apiKeys.enabled
            invalid-dashboards-page-url.yaml              | metrics.dashboards.pageUrl: Does not match pattern
            invalid-reference-replicas.yaml               | ingest.reference.replicaCount: Must be greater than or equal to 0
            invalid-reference-unknown-key.yaml            | ingest.reference: Additional property replicas is not allowed
            invalid-reference-baseline-writer-id.yaml     | ingest.reference.baselineWriters.0: Does not match pattern
            invalid-ingress-reference-host-url.yaml       | ingress.reference.host: Does not match pattern
            invalid-ingress-reference-same-host.yaml      | ingress.reference.host must differ from ingress.host (recovery.example.com)
            invalid-ingress-reference-without-host.yaml   | ingress.enabled with ingest.reference.enabled needs ingress.reference.host
            invalid-exact-api-exposure.yaml               | views.exactApi.exposure must be one of the following: "cluster", "partners", "public"
            invalid-dashboard-figures.yaml                | views.dashboard.figures must be one of the following: "exact", "open"
            invalid-ingress-public-path-covers-exact.yaml | would route /downloads, a path of the exact figures
            invalid-exact-api-for-partners-without-partners-file.yaml | views.exactApi.exposure partners needs partners.apiKeys.enabled
            """)
    void valuesThatCannotWorkAreRefusedWithAClearMessage(String valuesFile, String message) {
        assertThat(HelmChart.refusal(HelmChart.testValues(valuesFile))).contains(message);
    }
}
