package org.recoverytracker.helm;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The rendered manifests, parsed into typed Kubernetes objects (custom resources as generic ones). */
final class Manifests {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");

    private final String text;
    private final List<HasMetadata> resources;

    private Manifests(String text, List<HasMetadata> resources) {
        this.text = text;
        this.resources = List.copyOf(resources);
    }

    static Manifests parse(String rendered) {
        final List<HasMetadata> resources = new ArrayList<>();
        for (String document : DOCUMENT_SEPARATOR.split(rendered)) {
            final boolean empty =
                    document.lines().map(String::strip).allMatch(line -> line.isEmpty() || line.startsWith("#"));
            if (!empty) {
                resources.add(SERIALIZATION.unmarshal(document, HasMetadata.class));
            }
        }
        return new Manifests(rendered, resources);
    }

    String text() {
        return text;
    }

    List<HasMetadata> all() {
        return resources;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream()
                .filter(resource -> resource.getMetadata().getName().equals(name))
                .findFirst();
    }

    <T extends HasMetadata> T get(Class<T> type, String name) {
        return find(type, name)
                .orElseThrow(() ->
                        new NoSuchElementException("no " + type.getSimpleName() + " " + name + " among " + names()));
    }

    /** Custom resources of a kind (KafkaTopic, KafkaUser, ServiceMonitor, PrometheusRule). */
    List<GenericKubernetesResource> custom(String kind) {
        return all(GenericKubernetesResource.class).stream()
                .filter(resource -> resource.getKind().equals(kind))
                .toList();
    }

    GenericKubernetesResource custom(String kind, String name) {
        return custom(kind).stream()
                .filter(resource -> resource.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("no " + kind + " " + name + " among " + names()));
    }

    /** Every pod template: the Deployments' and the StatefulSet's. */
    Map<String, PodTemplateSpec> podTemplates() {
        final Map<String, PodTemplateSpec> templates = new TreeMap<>();
        all(Deployment.class)
                .forEach(d ->
                        templates.put(d.getMetadata().getName(), d.getSpec().getTemplate()));
        all(StatefulSet.class)
                .forEach(s ->
                        templates.put(s.getMetadata().getName(), s.getSpec().getTemplate()));
        return templates;
    }

    /** The ConfigMap a container takes its environment from. */
    ConfigMap envConfigMap(Container container) {
        return get(
                ConfigMap.class, container.getEnvFrom().get(0).getConfigMapRef().getName());
    }

    static Optional<EnvVar> env(Container container, String name) {
        return container.getEnv().stream()
                .filter(env -> env.getName().equals(name))
                .findFirst();
    }

    List<String> names() {
        return resources.stream()
                .map(r -> r.getKind() + "/" + r.getMetadata().getName())
                .toList();
    }
}
