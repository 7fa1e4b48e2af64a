package org.recoverytracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.recoverytracker.schemas.ReferenceApi;

/** The Deployments, the StatefulSet and what keeps them healthy, for the default and production values. */
class WorkloadsTest {

    /** The ingest services and the reference service, built and deployed alike. */
    private static final List<String> INGEST = List.of("job-loss", "business-support", "green-economy", "reference");

    private static final String STREAMS = HelmChart.FULLNAME + "-streams";

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recoverytracker.helm.RenderedValues#defaultAndProduction")
    void everyContainerHasProbesOnTheActuatorHealthGroups(String values, Manifests manifests) {
        assertThat(manifests.podTemplates()).hasSize(5);
        manifests
                .podTemplates()
                .forEach((workload, pod) -> pod.getSpec().getContainers().forEach(container -> {
                    assertThat(path(container.getStartupProbe()))
                            .as(workload + " startup probe")
                            .isEqualTo("/actuator/health/liveness");
                    assertThat(path(container.getLivenessProbe()))
                            .as(workload + " liveness probe")
                            .isEqualTo("/actuator/health/liveness");
                    assertThat(path(container.getReadinessProbe()))
                            .as(workload + " readiness probe")
                            .isEqualTo("/actuator/health/readiness");
                    assertThat(container
                                    .getReadinessProbe()
                                    .getHttpGet()
                                    .getPort()
                                    .getStrVal())
                            .isEqualTo("http");
                    assertThat(container.getPorts())
                            .singleElement()
                            .satisfies(
                                    port -> assertThat(port.getContainerPort()).isEqualTo(8080));
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recoverytracker.helm.RenderedValues#defaultAndProduction")
    void everyContainerHasResourceRequestsAndLimits(String values, Manifests manifests) {
        manifests
                .podTemplates()
                .forEach((workload, pod) -> pod.getSpec().getContainers().forEach(container -> {
                    assertThat(container.getResources().getRequests())
                            .as(workload)
                            .containsKeys("cpu", "memory");
                    assertThat(container.getResources().getLimits())
                            .as(workload)
                            .containsKey("memory");
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recoverytracker.helm.RenderedValues#defaultAndProduction")
    void everyContainerRunsAsNonRootOnAReadOnlyRootFileSystemWithAWritableTmp(String values, Manifests manifests) {
        manifests.podTemplates().forEach((workload, pod) -> {
            final PodSecurityContext podContext = pod.getSpec().getSecurityContext();
            assertThat(podContext.getRunAsNonRoot()).as(workload).isTrue();
            assertThat(podContext.getRunAsUser()).as(workload).isPositive();
            assertThat(pod.getSpec().getAutomountServiceAccountToken())
                    .as(workload)
                    .isFalse();
            pod.getSpec().getContainers().forEach(container -> {
                final SecurityContext context = container.getSecurityContext();
                assertThat(context.getRunAsNonRoot()).as(workload).isTrue();
                assertThat(context.getRunAsUser()).as(workload).isPositive();
                assertThat(context.getReadOnlyRootFilesystem()).as(workload).isTrue();
                assertThat(context.getAllowPrivilegeEscalation()).as(workload).isFalse();
                assertThat(context.getCapabilities().getDrop()).as(workload).containsExactly("ALL");
                assertThat(mount(container, "/tmp").getName()).isEqualTo("tmp");
                assertThat(pod.getSpec().getVolumes()).anySatisfy(volume -> {
                    assertThat(volume.getName()).isEqualTo("tmp");
                    assertThat(volume.getEmptyDir()).isNotNull();
                });
            });
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recoverytracker.helm.RenderedValues#defaultAndProduction")
    void everyResourceCarriesTheStandardLabels(String values, Manifests manifests) {
        assertThat(manifests.all())
                .isNotEmpty()
                .allSatisfy(resource -> assertThat(resource.getMetadata().getLabels())
                        .as(resource.getKind() + "/" + resource.getMetadata().getName())
                        .containsEntry("app.kubernetes.io/name", "recovery-tracker")
                        .containsEntry("app.kubernetes.io/instance", HelmChart.RELEASE)
                        .containsEntry("app.kubernetes.io/managed-by", "Helm")
                        .containsEntry("app.kubernetes.io/version", HelmChart.appVersion())
                        .containsKey("helm.sh/chart"));
    }

    @Test
    void ingestAndReferenceServicesAreDeploymentsWithAServiceAndADisruptionBudgetEach() {
        final Manifests manifests = HelmChart.renderDefaults();

        for (String component : INGEST) {
            final String name = HelmChart.FULLNAME + "-" + component;
            final Deployment deployment = manifests.get(Deployment.class, name);
            final Map<String, String> selector =
                    deployment.getSpec().getSelector().getMatchLabels();
            assertThat(selector).containsEntry("app.kubernetes.io/component", component);
            assertThat(deployment.getSpec().getReplicas()).isEqualTo(2);
            assertThat(manifests.get(Service.class, name).getSpec().getSelector())
                    .isEqualTo(selector);
            assertThat(manifests
                            .get(PodDisruptionBudget.class, name)
                            .getSpec()
                            .getSelector()
                            .getMatchLabels())
                    .isEqualTo(selector);
        }
    }

    @Test
    void productionScalesEachIngestServiceAndTheReferenceServiceWithAnAutoscalerInsteadOfAFixedReplicaCount() {
        final Manifests manifests = HelmChart.renderProduction();

        for (String component : INGEST) {
            final String name = HelmChart.FULLNAME + "-" + component;
            assertThat(manifests.get(Deployment.class, name).getSpec().getReplicas())
                    .isNull();
            final HorizontalPodAutoscaler autoscaler = manifests.get(HorizontalPodAutoscaler.class, name);
            assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(name);
            assertThat(autoscaler.getSpec().getMinReplicas()).isEqualTo(3);
            assertThat(autoscaler.getSpec().getMaxReplicas()).isEqualTo(10);
        }
        assertThat(HelmChart.renderDefaults().all(HorizontalPodAutoscaler.class))
                .isEmpty();
    }

    @Test
    void streamsIsAStatefulSetWithAVolumeClaimPerPodForItsStateDirectory() {
        final Manifests manifests = HelmChart.renderProduction();

        final StatefulSet streams = manifests.get(StatefulSet.class, STREAMS);
        assertThat(streams.getSpec().getReplicas()).isEqualTo(3);
        assertThat(streams.getSpec().getVolumeClaimTemplates()).singleElement().satisfies(claim -> {
            assertThat(claim.getMetadata().getName()).isEqualTo("state");
            assertThat(claim.getSpec()
                            .getResources()
                            .getRequests()
                            .get("storage")
                            .toString())
                    .isEqualTo("20Gi");
            assertThat(claim.getSpec().getAccessModes()).containsExactly("ReadWriteOnce");
        });
        final Container container =
                streams.getSpec().getTemplate().getSpec().getContainers().get(0);
        final String stateDir =
                PodEnvironment.of(manifests, container).variables().get("RECOVERY_STREAMS_STATE_DIR");
        assertThat(stateDir).startsWith(mount(container, stateDir).getMountPath() + "/");
        assertThat(mount(container, stateDir).getName()).isEqualTo("state");
        assertThat(streams.getSpec().getTemplate().getSpec().getVolumes())
                .noneMatch(volume -> volume.getName().equals("state"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.recoverytracker.helm.RenderedValues#defaultAndProduction")
    void streamsUnpacksRocksDbsNativeLibraryUnderOneNameInItsTmpSoThatRestartsDoNotFillIt(
            String values, Manifests manifests) {
        final Container container = manifests
                .get(StatefulSet.class, STREAMS)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0);
        final String dir = PodEnvironment.of(manifests, container).variables().get("ROCKSDB_SHAREDLIB_DIR");

        assertThat(dir).isEqualTo(mount(container, "/tmp").getMountPath());
    }

    @Test
    void withoutPersistenceTheStateDirectoryIsAnEmptyDir() {
        final Manifests manifests = HelmChart.renderDefaults(Map.of("streams.persistence.enabled", false));

        final StatefulSet streams = manifests.get(StatefulSet.class, STREAMS);
        assertThat(streams.getSpec().getVolumeClaimTemplates()).isEmpty();
        assertThat(streams.getSpec().getTemplate().getSpec().getVolumes()).anySatisfy(volume -> {
            assertThat(volume.getName()).isEqualTo("state");
            assertThat(volume.getEmptyDir()).isNotNull();
        });
    }

    @Test
    void streamsHasAHeadlessServiceForPeersAndAServiceForTheViewsApi() {
        final Manifests manifests = HelmChart.renderDefaults();

        final StatefulSet streams = manifests.get(StatefulSet.class, STREAMS);
        final Service headless = manifests.get(Service.class, streams.getSpec().getServiceName());
        assertThat(headless.getSpec().getClusterIP()).isEqualTo("None");
        assertThat(headless.getSpec().getPublishNotReadyAddresses()).isTrue();
        assertThat(headless.getSpec().getSelector())
                .isEqualTo(streams.getSpec().getSelector().getMatchLabels());
        final Service views = manifests.get(Service.class, STREAMS);
        assertThat(views.getSpec().getClusterIP()).isNull();
        assertThat(views.getSpec().getSelector())
                .isEqualTo(streams.getSpec().getSelector().getMatchLabels());
        assertThat(views.getSpec().getPorts())
                .singleElement()
                .satisfies(port -> assertThat(port.getTargetPort().getStrVal()).isEqualTo("http"));
    }

    @Test
    void imagesAreTheOnesJibBuildsTaggedWithTheChartAppVersionWhichIsTheProjectVersion() {
        assertThat(HelmChart.appVersion()).isEqualTo(System.getProperty("recovery.projectVersion"));

        final Map<String, PodTemplateSpec> defaults = HelmChart.renderDefaults().podTemplates();
        assertThat(defaults.values())
                .extracting(pod -> pod.getSpec().getContainers().get(0).getImage())
                .containsExactlyInAnyOrder(
                        "recovery-tracker/job-loss-service:" + HelmChart.appVersion(),
                        "recovery-tracker/business-support-service:" + HelmChart.appVersion(),
                        "recovery-tracker/green-economy-service:" + HelmChart.appVersion(),
                        "recovery-tracker/" + ReferenceApi.SERVICE_NAME + ":" + HelmChart.appVersion(),
                        "recovery-tracker/recovery-streams:" + HelmChart.appVersion());

        final String digest = "sha256:" + "a".repeat(64);
        final Manifests pinned =
                HelmChart.render(List.of(HelmChart.PRODUCTION_VALUES), Map.of("streams.image.digest", digest));
        assertThat(pinned.get(StatefulSet.class, STREAMS)
                        .getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .get(0)
                        .getImage())
                .isEqualTo("registry.example.com/recovery-tracker/recovery-streams@" + digest);
    }

    @Test
    void podsRollWhenTheirSettingsChange() {
        final Map<String, PodTemplateSpec> before = HelmChart.renderDefaults().podTemplates();
        final Map<String, PodTemplateSpec> after = HelmChart.renderDefaults(
                        Map.of("kafka.bootstrapServers", "other-kafka:9092"))
                .podTemplates();

        assertThat(before.keySet()).isEqualTo(after.keySet());
        before.forEach((workload, pod) -> {
            final String checksum = pod.getMetadata().getAnnotations().get("checksum/config");
            assertThat(checksum).as(workload).matches("[0-9a-f]{64}");
            assertThat(after.get(workload).getMetadata().getAnnotations().get("checksum/config"))
                    .as(workload)
                    .isNotEqualTo(checksum);
        });
    }

    @Test
    void disabledComponentsAreNotRendered() {
        final Manifests manifests = HelmChart.renderDefaults(Map.of("ingest.greenEconomy.enabled", false));

        assertThat(manifests.names()).noneMatch(name -> name.endsWith("-green-economy"));
        assertThat(manifests.all(Deployment.class)).hasSize(3);
    }

    @Test
    void withoutTheReferenceServiceNothingOfItsOwnIsRendered() {
        final String reference = HelmChart.FULLNAME + "-reference";
        assertThat(HelmChart.renderProduction().names())
                .filteredOn(name -> name.endsWith("/" + reference))
                .containsExactlyInAnyOrder(Stream.of(
                                "ConfigMap",
                                "Deployment",
                                "Service",
                                "PodDisruptionBudget",
                                "HorizontalPodAutoscaler",
                                "NetworkPolicy",
                                "KafkaUser")
                        .map(kind -> kind + "/" + reference)
                        .toArray(String[]::new));

        final Manifests manifests = HelmChart.renderProduction(Map.of("ingest.reference.enabled", false));

        assertThat(manifests.names()).noneMatch(name -> name.endsWith("/" + reference));
        assertThat(manifests.get(Ingress.class, HelmChart.FULLNAME).getSpec().getRules())
                .extracting(IngressRule::getHost)
                .containsExactly("recovery.example.com");
        assertThat(manifests.all(Deployment.class)).hasSize(3);
    }

    private static String path(Probe probe) {
        return probe.getHttpGet().getPath();
    }

    private static VolumeMount mount(Container container, String path) {
        return container.getVolumeMounts().stream()
                .filter(mount -> path.equals(mount.getMountPath()) || path.startsWith(mount.getMountPath() + "/"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(container.getName() + " mounts nothing at " + path));
    }
}
