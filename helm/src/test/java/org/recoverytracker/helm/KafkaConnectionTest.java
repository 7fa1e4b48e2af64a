package org.recoverytracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.recoverytracker.ingest.IngestProperties;
import org.recoverytracker.ingest.security.PartnerProperties;
import org.recoverytracker.views.config.PartnerSettings;
import org.recoverytracker.views.config.StreamsSettings;
import org.recoverytracker.views.tokens.BearerTokenSettings;
import org.springframework.boot.context.properties.bind.BindResult;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

/**
 * What the services are configured with: each container's environment, resolved as Kubernetes
 * resolves it, bound to the services' own configuration classes as Spring Boot binds it.
 */
class KafkaConnectionTest {

    private static final String STREAMS = HelmChart.FULLNAME + "-streams";
    private static final String JOB_LOSS = HelmChart.FULLNAME + "-job-loss";
    private static final String REFERENCE = HelmChart.FULLNAME + "-reference";
    private static final String BEARER_TOKENS = "spring.security.oauth2.resourceserver.jwt";

    @Test
    void streamsAdvertisesItsPodIpAsApplicationServerSoPeersCanRouteQueries() {
        final Manifests manifests = HelmChart.renderDefaults();

        final StreamsSettings settings =
                environment(manifests, STREAMS).bind("recovery.streams", StreamsSettings.class);

        assertThat(settings.applicationServer()).isEqualTo(PodEnvironment.POD_IP + ":8080");
        final Container container = container(manifests, STREAMS);
        assertThat(Manifests.env(container, "POD_IP"))
                .hasValueSatisfying(
                        podIp -> assertThat(podIp.getValueFrom().getFieldRef().getFieldPath())
                                .isEqualTo("status.podIP"));
    }

    @Test
    void productionStreamsSettingsBindToTheStreamsService() {
        final Manifests manifests = HelmChart.renderProduction();

        final PodEnvironment environment = environment(manifests, STREAMS);
        final StreamsSettings settings = environment.bind("recovery.streams", StreamsSettings.class);

        assertThat(settings.applicationId()).isEqualTo("recovery-streams");
        assertThat(settings.standbyReplicas()).isEqualTo(1);
        assertThat(settings.streamThreads()).isEqualTo(2);
        assertThat(settings.replicationFactor()).isEqualTo(3);
        assertThat(settings.partitions()).isEqualTo(12);
        assertThat(settings.sessionTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.minInsyncReplicas())
                .as("of the topics it creates when missing")
                .isEqualTo(2);
        assertThat(settings.stateDir()).isEqualTo(Path.of("/var/lib/recovery-streams/state"));
        assertThat(kafka(environment).buildStreamsProperties()).containsEntry("topic.min.insync.replicas", "2");
        assertThat(environment.variables()).containsEntry("SERVER_PORT", "8080");
    }

    @Test
    void productionIngestSettingsCreateTopicsWithTheProductionLayout() {
        final Manifests manifests = HelmChart.renderProduction();

        final IngestProperties ingest =
                environment(manifests, JOB_LOSS).bind("recovery.ingest", IngestProperties.class);

        assertThat(ingest.topic().partitions()).isEqualTo(12);
        assertThat(ingest.topic().replicationFactor()).isEqualTo((short) 3);
        assertThat(ingest.topic().minInsyncReplicas()).isEqualTo(2);
    }

    @Test
    void everyComponentConnectsOverTlsWithScramCredentialsFromItsOwnSecret() {
        final Manifests manifests = HelmChart.renderProduction();

        for (Map.Entry<String, PodTemplateSpec> workload :
                manifests.podTemplates().entrySet()) {
            final String name = workload.getKey();
            final PodEnvironment environment = environment(manifests, name);
            final Map<String, Object> kafka = kafka(environment).buildProducerProperties();

            assertThat(kafka)
                    .as(name)
                    .containsEntry("bootstrap.servers", List.of("recovery-kafka-kafka-bootstrap.kafka:9093"))
                    .containsEntry("security.protocol", "SASL_SSL")
                    .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                    .containsEntry("ssl.truststore.type", "PEM")
                    .containsEntry(
                            "sasl.jaas.config",
                            "org.apache.kafka.common.security.scram.ScramLoginModule required " + "username=\"" + name
                                    + "\" password=\"" + PodEnvironment.secret(name, "password") + "\";");
            final Container container =
                    workload.getValue().getSpec().getContainers().get(0);
            assertThat(secretFileAt(
                            workload.getValue(), container, String.valueOf(kafka.get("ssl.truststore.location"))))
                    .isEqualTo("recovery-kafka-cluster-ca-cert/ca.crt");
            assertThat(manifests.envConfigMap(container).getData().values())
                    .noneMatch(value -> value.contains("password="));
        }
    }

    @Test
    void mutualTlsReadsEachComponentsClientCertificateFromItsKafkaUserSecret() {
        final Manifests manifests =
                HelmChart.render(HelmChart.PRODUCTION_VALUES, HelmChart.testValues("strimzi-mtls.yaml"));

        for (String name : manifests.podTemplates().keySet()) {
            final Map<String, Object> kafka =
                    kafka(environment(manifests, name)).buildProducerProperties();

            assertThat(kafka)
                    .as(name)
                    .containsEntry("security.protocol", "SSL")
                    .containsEntry("ssl.keystore.type", "PEM")
                    .containsEntry("ssl.keystore.certificate.chain", PodEnvironment.secret(name, "user.crt"))
                    .containsEntry("ssl.keystore.key", PodEnvironment.secret(name, "user.key"))
                    .doesNotContainKey("sasl.jaas.config");
        }
    }

    @Test
    void mutualTlsCanUseAPkcs12KeyStoreFromASharedSecret() {
        final Manifests manifests = HelmChart.render(HelmChart.testValues("managed-kafka-pkcs12.yaml"));

        for (Map.Entry<String, PodTemplateSpec> workload :
                manifests.podTemplates().entrySet()) {
            final Container container =
                    workload.getValue().getSpec().getContainers().get(0);
            final Map<String, Object> kafka =
                    kafka(environment(manifests, workload.getKey())).buildProducerProperties();

            assertThat(kafka)
                    .as(workload.getKey())
                    .containsEntry("security.protocol", "SSL")
                    .containsEntry("ssl.keystore.type", "PKCS12")
                    .containsEntry(
                            "ssl.keystore.password", PodEnvironment.secret("recovery-kafka-client", "user.password"))
                    .containsEntry("ssl.truststore.type", "PKCS12")
                    .containsEntry("ssl.truststore.password", PodEnvironment.secret("kafka-ca", "ca.password"));
            assertThat(secretFileAt(workload.getValue(), container, String.valueOf(kafka.get("ssl.keystore.location"))))
                    .isEqualTo("recovery-kafka-client/user.p12");
            assertThat(secretFileAt(
                            workload.getValue(), container, String.valueOf(kafka.get("ssl.truststore.location"))))
                    .isEqualTo("kafka-ca/ca.p12");
        }
    }

    @Test
    void partnersComeFromTheirSecretMountedReadOnly() {
        final Manifests manifests = HelmChart.renderProduction();

        final PodTemplateSpec pod = manifests.podTemplates().get(JOB_LOSS);
        final Container container = pod.getSpec().getContainers().get(0);
        final PodEnvironment environment = environment(manifests, JOB_LOSS);
        final String imported =
                environment.binder().bind("spring.config.import", String.class).get();

        assertThat(imported).startsWith("file:");
        assertThat(secretFileAt(pod, container, imported.substring("file:".length())))
                .isEqualTo("recovery-partners/partners.yml");
        assertThat(mountAt(container, imported.substring("file:".length())).getReadOnly())
                .isTrue();
        final PartnerProperties partners = environment.bind("recovery", PartnerProperties.class);
        assertThat(partners.jwt().partnerClaim()).isEqualTo("partner_id");
        assertThat(partners.jwt().placesClaim()).isEqualTo("places");
        assertThat(environment
                        .binder()
                        .bind("spring.security.oauth2.resourceserver.jwt.issuer-uri", String.class)
                        .get())
                .isEqualTo("https://login.example.com/realms/recovery");
        assertThat(environment
                        .binder()
                        .bind("spring.security.oauth2.resourceserver.jwt.audiences", String[].class)
                        .get())
                .containsExactly("recovery-tracker-ingest");
    }

    @Test
    void referenceServiceIsConfiguredAsTheIngestServicesAreButConnectsAsItsOwnUser() {
        final Manifests manifests = HelmChart.renderProduction();

        final Container reference = container(manifests, REFERENCE);
        final Container jobLoss = container(manifests, JOB_LOSS);
        // Built on libs/ingest-common: the same port, Kafka connection, recovery.ingest.* topic layout, partners file
        // and bearer tokens; its topics' partitions are its own (one each), from the catalogue
        assertThat(manifests.envConfigMap(reference).getData())
                .isEqualTo(manifests.envConfigMap(jobLoss).getData())
                .containsEntry("SERVER_PORT", "8080");
        final PodEnvironment environment = environment(manifests, REFERENCE);
        final IngestProperties ingest = environment.bind("recovery.ingest", IngestProperties.class);
        assertThat(ingest.topic().replicationFactor()).isEqualTo((short) 3);
        assertThat(ingest.topic().minInsyncReplicas()).isEqualTo(2);
        assertThat(environment.bind("recovery", PartnerProperties.class).jwt())
                .isEqualTo(environment(manifests, JOB_LOSS)
                        .bind("recovery", PartnerProperties.class)
                        .jwt());
        assertThat(environment
                        .binder()
                        .bind(BEARER_TOKENS + ".audiences", String[].class)
                        .get())
                .containsExactly("recovery-tracker-ingest");
        assertThat(kafka(environment).buildProducerProperties())
                .containsEntry(
                        "sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + REFERENCE
                                + "\" password=\"" + PodEnvironment.secret(REFERENCE, "password") + "\";");

        final PodTemplateSpec pod = manifests.podTemplates().get(REFERENCE);
        final String imported =
                environment.binder().bind("spring.config.import", String.class).get();
        assertThat(secretFileAt(pod, reference, imported.substring("file:".length())))
                .isEqualTo("recovery-partners/partners.yml");
        assertThat(mountAt(reference, imported.substring("file:".length())).getReadOnly())
                .isTrue();
        assertThat(reference.getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getName()).isEqualTo("http");
            assertThat(port.getContainerPort()).isEqualTo(8080);
        });
        assertThat(reference.getReadinessProbe()).isEqualTo(jobLoss.getReadinessProbe());
        assertThat(reference.getLivenessProbe()).isEqualTo(jobLoss.getLivenessProbe());
        assertThat(reference.getStartupProbe()).isEqualTo(jobLoss.getStartupProbe());
        assertThat(reference.getResources()).isEqualTo(jobLoss.getResources());
    }

    @Test
    void thePartnersThatMayWriteBaselinesAreTheReferenceServicesSettingAlone() {
        final Manifests manifests = HelmChart.renderProduction(Map.of(
                "ingest.reference.baselineWriters[0]", "uk-recovery-observatory",
                "ingest.reference.baselineWriters[1]", "ons-bres"));

        assertThat(baselineWriters(environment(manifests, REFERENCE)).get())
                .containsExactly("uk-recovery-observatory", "ons-bres");
        assertThat(baselineWriters(environment(manifests, JOB_LOSS)).isBound()).isFalse();
        // Empty by default: the service's own default (the partners that may write for every place)
        assertThat(baselineWriters(environment(HelmChart.renderProduction(), REFERENCE))
                        .isBound())
                .isFalse();
    }

    @Test
    void streamsReadsThePartnersFromTheSameSecretAsTheIngestServicesMountedReadOnly() {
        final Manifests manifests = HelmChart.renderProduction();

        final PodTemplateSpec pod = manifests.podTemplates().get(STREAMS);
        final Container container = pod.getSpec().getContainers().get(0);
        final PodEnvironment environment = environment(manifests, STREAMS);
        final String imported =
                environment.binder().bind("spring.config.import", String.class).get();

        assertThat(imported)
                .startsWith("file:")
                .isEqualTo(environment(manifests, JOB_LOSS)
                        .binder()
                        .bind("spring.config.import", String.class)
                        .get());
        assertThat(secretFileAt(pod, container, imported.substring("file:".length())))
                .isEqualTo("recovery-partners/partners.yml");
        assertThat(mountAt(container, imported.substring("file:".length())).getReadOnly())
                .isTrue();
    }

    @Test
    void streamsAcceptsTheSameBearerTokensAsTheIngestServices() {
        final Manifests manifests = HelmChart.renderProduction();

        final PodEnvironment streams = environment(manifests, STREAMS);
        final PodEnvironment jobLoss = environment(manifests, JOB_LOSS);
        final BearerTokenSettings tokens = streams.bind(BEARER_TOKENS, BearerTokenSettings.class);

        assertThat(tokens.issuerUri()).isEqualTo("https://login.example.com/realms/recovery");
        assertThat(tokens.audiences()).containsExactly("recovery-tracker-ingest");
        assertThat(tokens.issuerUri())
                .isEqualTo(jobLoss.binder()
                        .bind(BEARER_TOKENS + ".issuer-uri", String.class)
                        .get());
        assertThat(streams.bind("recovery", PartnerSettings.class).jwt())
                .isEqualTo(jobLoss.bind("recovery", PartnerProperties.class).jwt());
    }

    @Test
    void noPartnerKeyHashIsEverInTheChart() {
        final String rendered = (HelmChart.renderProduction().text()
                        + HelmChart.renderDefaults().text())
                .lines()
                .filter(line -> !line.strip().startsWith("checksum/"))
                .collect(Collectors.joining("\n"));

        assertThat(rendered)
                .doesNotContainPattern("\\b[0-9a-f]{64}\\b")
                .doesNotContain("key-sha256", "local-hounslow-key");
    }

    private static PodEnvironment environment(Manifests manifests, String workload) {
        return PodEnvironment.of(manifests, container(manifests, workload));
    }

    private static Container container(Manifests manifests, String workload) {
        final PodTemplateSpec pod = manifests.podTemplates().get(workload);
        assertThat(pod).as(workload).isNotNull();
        return pod.getSpec().getContainers().get(0);
    }

    /** recovery.reference.baseline-writers as the reference service binds it. */
    private static BindResult<String[]> baselineWriters(PodEnvironment environment) {
        return environment.binder().bind("recovery.reference.baseline-writers", String[].class);
    }

    private static KafkaProperties kafka(PodEnvironment environment) {
        return environment.bind("spring.kafka", KafkaProperties.class);
    }

    /** {@code <secret>/<key>} of the Secret key a file path of the container is mounted from. */
    private static String secretFileAt(PodTemplateSpec pod, Container container, String file) {
        final VolumeMount mount = mountAt(container, file);
        final Volume volume = pod.getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals(mount.getName()))
                .findFirst()
                .orElseThrow();
        assertThat(volume.getSecret())
                .as(mount.getName() + " is a Secret volume")
                .isNotNull();
        final String relative = file.substring(mount.getMountPath().length() + 1);
        return volume.getSecret().getItems().stream()
                .filter(item -> item.getPath().equals(relative))
                .map(item -> volume.getSecret().getSecretName() + "/" + item.getKey())
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        file + " is not a file of " + volume.getSecret().getSecretName()));
    }

    private static VolumeMount mountAt(Container container, String file) {
        return container.getVolumeMounts().stream()
                .filter(mount -> file.startsWith(mount.getMountPath() + "/"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " mounts nothing at " + file));
    }
}
