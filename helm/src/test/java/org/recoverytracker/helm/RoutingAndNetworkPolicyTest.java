package org.recoverytracker.helm;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.recoverytracker.schemas.ReferenceApi;

/** Who can reach what: the Ingress routes the contract's paths, the NetworkPolicies fence the pods. */
class RoutingAndNetworkPolicyTest {

    private static final String STREAMS = HelmChart.FULLNAME + "-streams";
    private static final String REFERENCE = HelmChart.FULLNAME + "-reference";
    private static final String HOST = "recovery.example.com";
    private static final String REFERENCE_HOST = "reference.recovery.example.com";

    @Test
    void ingressRoutesEachContractPathToTheServiceThatServesIt() {
        final Ingress ingress = HelmChart.renderProduction().get(Ingress.class, HelmChart.FULLNAME);

        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        // One certificate for both hosts (cert-manager issues it with both names)
        assertThat(ingress.getSpec().getTls()).singleElement().satisfies(tls -> {
            assertThat(tls.getHosts()).containsExactly(HOST, REFERENCE_HOST);
            assertThat(tls.getSecretName()).isEqualTo("recovery-tracker-tls");
        });
        assertThat(ingress.getSpec().getRules())
                .extracting(IngressRule::getHost)
                .containsExactly(HOST, REFERENCE_HOST);
        assertThat(routes(ingress))
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry(HOST + " Prefix /v1/job-losses", HelmChart.FULLNAME + "-job-loss"),
                        Map.entry(HOST + " Prefix /v1/business-support", HelmChart.FULLNAME + "-business-support"),
                        Map.entry(HOST + " Prefix /v1/green-economy", HelmChart.FULLNAME + "-green-economy"),
                        Map.entry(HOST + " Prefix /v1/places", STREAMS),
                        Map.entry(HOST + " Prefix /v1/regions", STREAMS),
                        Map.entry(HOST + " Prefix /v1/uk", STREAMS),
                        Map.entry(HOST + " Prefix /v1/areas", STREAMS),
                        // The open views and the data dictionary, whatever views.exactApi.exposure
                        // (ExactApiExposureTest)
                        Map.entry(HOST + " Prefix /open", STREAMS),
                        Map.entry(HOST + " Prefix /v1/dictionary", STREAMS),
                        Map.entry(HOST + " Prefix /downloads/dictionary.csv", STREAMS),
                        Map.entry(HOST + " Prefix /downloads/dictionary.csv-metadata.json", STREAMS),
                        Map.entry(HOST + " Exact /", STREAMS),
                        Map.entry(HOST + " Prefix /places", STREAMS),
                        Map.entry(HOST + " Prefix /areas", STREAMS),
                        Map.entry(HOST + " Prefix /downloads", STREAMS),
                        Map.entry(HOST + " Prefix /dashboard", STREAMS),
                        Map.entry(HOST + " Prefix /webjars", STREAMS),
                        Map.entry(HOST + " Prefix /assets", STREAMS),
                        Map.entry(HOST + " Prefix /catalog.jsonld", STREAMS),
                        Map.entry(REFERENCE_HOST + " Prefix " + ReferenceApi.AREAS_PATH, REFERENCE),
                        Map.entry(REFERENCE_HOST + " Prefix " + ReferenceApi.BASELINES_PATH, REFERENCE)));
    }

    @Test
    void referenceServiceHasAHostOfItsOwnAsAnIngressCannotRouteItsWritesToAreasByMethod() {
        final Ingress ingress = HelmChart.renderProduction(Map.of(
                        "ingress.reference.host", "data.example.org", "ingress.reference.tlsSecretName", "data-tls"))
                .get(Ingress.class, HelmChart.FULLNAME);

        // GET /v1/areas is the views' on the API host; PUT, DELETE and POST go to the reference host
        final Map<String, String> routes = routes(ingress);
        assertThat(routes)
                .containsEntry(HOST + " Prefix " + ReferenceApi.AREAS_PATH, STREAMS)
                .doesNotContainKey(HOST + " Prefix " + ReferenceApi.BASELINES_PATH);
        assertThat(routes.keySet().stream().filter(route -> route.startsWith("data.example.org ")))
                .containsExactlyInAnyOrder(
                        "data.example.org Prefix " + ReferenceApi.AREAS_PATH,
                        "data.example.org Prefix " + ReferenceApi.BASELINES_PATH)
                .allSatisfy(route -> assertThat(routes.get(route)).isEqualTo(REFERENCE));
        // A certificate of its own
        assertThat(ingress.getSpec().getTls())
                .extracting(tls -> tls.getHosts() + " " + tls.getSecretName())
                .containsExactly("[" + HOST + "] recovery-tracker-tls", "[data.example.org] data-tls");
    }

    @Test
    void ingressNeverExposesActuatorOrThePeersInternalApi() {
        final Ingress ingress = HelmChart.renderProduction().get(Ingress.class, HelmChart.FULLNAME);

        assertThat(paths(ingress)).allSatisfy(path -> {
            final boolean catchAll = path.getPath().equals("/") && !"Exact".equals(path.getPathType());
            assertThat(catchAll).as(path.getPath() + " " + path.getPathType()).isFalse();
            assertThat(path.getPath()).doesNotStartWith("/actuator").doesNotStartWith("/internal");
        });
        assertThat(HelmChart.renderDefaults().all(Ingress.class)).isEmpty();
    }

    @Test
    void ingestPodsMayReachOnlyKafkaAndDns() {
        final NetworkPolicy policy =
                HelmChart.renderProduction().get(NetworkPolicy.class, HelmChart.FULLNAME + "-job-loss");

        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(policy.getSpec().getPodSelector().getMatchLabels())
                .containsEntry("app.kubernetes.io/component", "job-loss");
        final List<NetworkPolicyEgressRule> egress = policy.getSpec().getEgress();
        assertThat(egress).hasSize(3);
        assertThat(ports(egress.get(0))).containsExactlyInAnyOrder("UDP/53", "TCP/53");
        assertThat(ports(egress.get(1))).containsExactly("TCP/9093");
        assertThat(egress.get(1).getTo())
                .singleElement()
                .satisfies(kafka -> assertThat(kafka.getPodSelector().getMatchLabels())
                        .containsEntry("strimzi.io/cluster", "recovery-kafka"));
        // With a JWT issuer configured, its keys are fetched over HTTPS
        assertThat(ports(egress.get(2))).containsExactly("TCP/443");
    }

    @Test
    void kafkaEgressFollowsTheBootstrapServersPorts() {
        final NetworkPolicy policy = HelmChart.render(HelmChart.testValues("managed-kafka-pkcs12.yaml"))
                .get(NetworkPolicy.class, HelmChart.FULLNAME + "-green-economy");

        assertThat(ports(policy.getSpec().getEgress().get(1))).containsExactly("TCP/9094");
        assertThat(policy.getSpec().getEgress()).hasSize(2);
    }

    @Test
    void streamsPodsMayReachKafkaDnsTheirPeersAndTheJwtIssuerOnly() {
        final NetworkPolicy policy = HelmChart.renderProduction().get(NetworkPolicy.class, STREAMS);

        final List<NetworkPolicyEgressRule> egress = policy.getSpec().getEgress();
        assertThat(egress).hasSize(4);
        // The drill-down takes bearer tokens too, so the issuer's keys are fetched over HTTPS
        assertThat(ports(egress.get(3))).containsExactly("TCP/443");
        assertThat(ports(egress.get(0))).containsExactlyInAnyOrder("UDP/53", "TCP/53");
        assertThat(ports(egress.get(1))).containsExactly("TCP/9093");
        assertThat(ports(egress.get(2))).containsExactly("TCP/8080");
        assertThat(egress.get(2).getTo())
                .singleElement()
                .satisfies(peer -> assertThat(peer.getPodSelector().getMatchLabels())
                        .isEqualTo(policy.getSpec().getPodSelector().getMatchLabels()));
        assertThat(policy.getSpec().getIngress())
                .flatExtracting(rule -> rule.getFrom())
                .extracting(NetworkPolicyPeer::getPodSelector)
                .anySatisfy(peers -> assertThat(peers)
                        .isNotNull()
                        .satisfies(selector -> assertThat(selector.getMatchLabels())
                                .isEqualTo(policy.getSpec().getPodSelector().getMatchLabels())));
    }

    @Test
    void productionAcceptsHttpOnlyFromTheIngressControllerAndPrometheus() {
        final NetworkPolicy policy =
                HelmChart.renderProduction().get(NetworkPolicy.class, HelmChart.FULLNAME + "-business-support");

        assertThat(policy.getSpec().getIngress()).singleElement().satisfies(rule -> {
            assertThat(rule.getFrom())
                    .extracting(
                            peer -> peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name"))
                    .containsExactlyInAnyOrder("ingress-nginx", "monitoring");
            assertThat(rule.getPorts())
                    .extracting(port -> port.getPort().getStrVal())
                    .containsExactly("http");
        });
    }

    @Test
    void referencePodsAreFencedAsTheIngestPodsAre() {
        final Manifests manifests = HelmChart.renderProduction();
        final NetworkPolicy reference = manifests.get(NetworkPolicy.class, REFERENCE);
        final NetworkPolicy jobLoss = manifests.get(NetworkPolicy.class, HelmChart.FULLNAME + "-job-loss");

        assertThat(reference.getSpec().getPodSelector().getMatchLabels())
                .containsEntry("app.kubernetes.io/component", "reference");
        assertThat(reference.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        // DNS, Kafka and the JWT issuer out (as checked for job-loss above); HTTP in from the Ingress controller and
        // Prometheus
        assertThat(reference.getSpec().getEgress()).isEqualTo(jobLoss.getSpec().getEgress());
        assertThat(reference.getSpec().getIngress()).isEqualTo(jobLoss.getSpec().getIngress());
        assertThat(reference.getSpec().getEgress())
                .extracting(RoutingAndNetworkPolicyTest::ports)
                .containsExactly(List.of("UDP/53", "TCP/53"), List.of("TCP/9093"), List.of("TCP/443"));
    }

    private static List<HTTPIngressPath> paths(Ingress ingress) {
        return ingress.getSpec().getRules().stream()
                .flatMap(rule -> rule.getHttp().getPaths().stream())
                .toList();
    }

    /** Each path as {@code host pathType path}, to the Service it goes to. */
    private static Map<String, String> routes(Ingress ingress) {
        return ingress.getSpec().getRules().stream()
                .flatMap(rule -> rule.getHttp().getPaths().stream()
                        .map(path -> Map.entry(rule.getHost() + " " + path.getPathType() + " " + path.getPath(), path)))
                .collect(Collectors.toMap(Map.Entry::getKey, route -> {
                    final IngressBackend backend = route.getValue().getBackend();
                    assertThat(backend.getService().getPort().getName()).isEqualTo("http");
                    return backend.getService().getName();
                }));
    }

    private static List<String> ports(NetworkPolicyEgressRule rule) {
        return rule.getPorts().stream().map(RoutingAndNetworkPolicyTest::port).toList();
    }

    private static String port(NetworkPolicyPort port) {
        return port.getProtocol() + "/"
                + (port.getPort().getIntVal() != null
                        ? port.getPort().getIntVal()
                        : port.getPort().getStrVal());
    }
}
