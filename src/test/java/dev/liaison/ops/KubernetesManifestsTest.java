package dev.liaison.ops;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 22 item 2: deploy/kubernetes holds what the README's "Kubernetes" section promises. No cluster runs
 * here, so every manifest is read into fabric8's typed Kubernetes objects (a file that is no Kubernetes object,
 * or of another kind than expected, fails) and the fields that decide whether Liaison runs are checked against the application itself:
 * probes on the management port and its health paths, the environment variables Liaison reads, a grace period
 * longer than its drain, two replicas with a disruption budget, and a Secret example that starts a real mode.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of("deploy/kubernetes");
    private static final Path BASE = ROOT.resolve("base");
    private static final Path ATLAS = ROOT.resolve("overlays/atlas");
    /** Resident memory of a running Liaison after 10 minutes at 200 requests/s with the digest running, in MiB (README "Kubernetes", docs/benchmarks.md issue 20). */
    private static final long MEASURED_RSS_MIB = 532;
    /** The health groups Actuator serves without credentials (ManagementAccessTest reads them on a running app). */
    private static final Set<String> PROBE_PATHS = Set.of("/actuator/health/liveness", "/actuator/health/readiness");

    private final KubernetesSerialization serialization = new KubernetesSerialization();

    private <T extends HasMetadata> T read(Path file, Class<T> type) throws IOException {
        HasMetadata resource = serialization.unmarshal(Files.readString(file));
        assertThat(resource).as(file.toString()).isInstanceOf(type);
        return type.cast(resource);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kustomization(Path dir) throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("kustomization.yaml"))) {
            return new Yaml().load(in);
        }
    }

    private Deployment deployment() throws IOException {
        return read(BASE.resolve("deployment.yaml"), Deployment.class);
    }

    private static Container liaison(Deployment deployment) {
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static Map<String, String> env(Container container) {
        Map<String, String> env = new java.util.LinkedHashMap<>();
        for (EnvVar variable : container.getEnv()) {
            env.put(variable.getName(), variable.getValue());
        }
        return env;
    }

    private static int containerPort(Container container, IntOrString port) {
        if (port.getIntVal() != null) {
            return port.getIntVal();
        }
        return container.getPorts().stream().filter(p -> port.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()));
    }

    /** The port Liaison's Actuator listens on with the Deployment's environment (application.yml's default otherwise). */
    private static int managementPort(Container container) {
        String port = env(container).get("MANAGEMENT_PORT");
        return Integer.parseInt(port != null ? port : "8081");
    }

    @Test
    void everyFileTheKustomizationsListExistsAndParsesAsAKubernetesObject() throws IOException {
        List<String> kinds = new ArrayList<>();
        for (Object resource : (List<?>) kustomization(BASE).get("resources")) {
            Path file = BASE.resolve(resource.toString());
            assertThat(file).as("base resource").isRegularFile();
            kinds.add(read(file, HasMetadata.class).getKind());
        }
        assertThat(kinds).containsExactlyInAnyOrder("Deployment", "Service", "PodDisruptionBudget", "Ingress");

        Map<String, Object> atlas = kustomization(ATLAS);
        for (Object resource : (List<?>) atlas.get("resources")) {
            assertThat(ATLAS.resolve(resource.toString()).resolve("kustomization.yaml")).isRegularFile();
        }
        for (Object patch : (List<?>) atlas.get("patches")) {
            Path file = ATLAS.resolve(((Map<?, ?>) patch).get("path").toString());
            assertThat(file).as("overlay patch").isRegularFile();
            read(file, HasMetadata.class);
        }
        assertThat((List<?>) atlas.get("images")).as("the overlay names the image the base leaves open").hasSize(1);
        read(ROOT.resolve("secret.example.yaml"), Secret.class);
        read(ATLAS.resolve("secret.example.yaml"), Secret.class);
    }

    @Test
    void probesAskTheManagementPortForHealthGroupsThatExist() throws IOException {
        Container container = liaison(deployment());
        int management = managementPort(container);
        assertThat(management).isNotEqualTo(Integer.parseInt(env(container).get("PORT")));
        for (var probe : List.of(container.getReadinessProbe(), container.getLivenessProbe(), container.getStartupProbe())) {
            HTTPGetAction get = probe.getHttpGet();
            assertThat(get.getPath()).isIn(PROBE_PATHS);
            assertThat(containerPort(container, get.getPort())).as("probe port").isEqualTo(management);
        }
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
        // the kubelet is not on the pod's loopback: Actuator must listen beyond it, which needs the password
        assertThat(env(container).get("MANAGEMENT_ADDRESS")).isEqualTo("0.0.0.0");
    }

    @Test
    void everyVariableIsOneLiaisonReads() throws IOException {
        String application = Files.readString(Path.of("src/main/resources/application.yml"));
        String readme = Files.readString(Path.of("README.md"));
        Container container = liaison(deployment());
        Set<String> names = new HashSet<>(env(container).keySet());
        names.addAll(stringData(ROOT.resolve("secret.example.yaml")).keySet());
        names.addAll(stringData(ATLAS.resolve("secret.example.yaml")).keySet());
        for (String name : names) {
            if (name.startsWith("SPRING_")) {
                // Spring's own settings by relaxed binding, documented where the README uses them
                assertThat(readme).as(name).contains(name);
            } else {
                assertThat(application).as("%s is read by application.yml", name).contains("${" + name + ":");
                assertThat(configurationTable(readme)).as("%s is in the README's configuration table", name)
                        .contains(name);
            }
        }
    }

    private static Set<String> configurationTable(String readme) {
        String section = readme.substring(readme.indexOf("## Configuration"));
        section = section.substring(0, section.indexOf("\n## ", 5));
        Set<String> names = new HashSet<>();
        Matcher matcher = Pattern.compile("^\\| (.*?) \\|", Pattern.MULTILINE).matcher(section);
        while (matcher.find()) {
            Matcher name = Pattern.compile("`([A-Z][A-Z0-9_]+)`").matcher(matcher.group(1));
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        return names;
    }

    private Map<String, String> stringData(Path file) throws IOException {
        Map<String, String> data = read(file, Secret.class).getStringData();
        assertThat(data).as(file.toString()).isNotEmpty();
        return data;
    }

    @Test
    void theSecretExamplesStartARealModeAndCarryWhatTheDeploymentNeeds() throws IOException {
        Deployment deployment = deployment();
        List<String> secretRefs = liaison(deployment).getEnvFrom().stream().map(EnvFromSource::getSecretRef)
                .filter(java.util.Objects::nonNull).map(ref -> ref.getName()).toList();
        for (Path file : List.of(ROOT.resolve("secret.example.yaml"), ATLAS.resolve("secret.example.yaml"))) {
            Secret secret = read(file, Secret.class);
            assertThat(secretRefs).as("the Deployment takes its variables from %s", file)
                    .contains(secret.getMetadata().getName());
            Map<String, String> data = secret.getStringData();
            assertThat(data.values()).as("a blank value stops start-up").allSatisfy(v -> assertThat(v).isNotBlank());
            Set<String> keys = data.keySet();
            boolean http = keys.containsAll(Set.of("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET"))
                    && !keys.contains("SLACK_CLIENT_ID");
            boolean socket = keys.containsAll(Set.of("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"))
                    && !keys.contains("SLACK_CLIENT_ID");
            boolean oauth = keys.containsAll(Set.of("SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_SIGNING_SECRET",
                    "LIAISON_TOKEN_KEY")) && !keys.contains("SLACK_BOT_TOKEN");
            assertThat(http || socket || oauth).as("%s holds one whole way to run: %s", file, keys).isTrue();
            assertThat(data.get("MONGODB_URI")).as("the MongoDB the operator brings").matches("mongodb(\\+srv)?://.+");
            assertThat(data).as("MANAGEMENT_ADDRESS 0.0.0.0 refuses to start without it")
                    .containsKey("MANAGEMENT_PASSWORD");
        }
        assertThat(read(ATLAS.resolve("secret.example.yaml"), Secret.class).getStringData().get("MONGODB_URI"))
                .startsWith("mongodb+srv://");
        assertThat(Files.readAllLines(ROOT.resolve(".gitignore"))).contains("secret.yaml");
    }

    @Test
    void theKubeletWaitsLongerThanLiaisonTakesToDrain() throws IOException {
        Duration drain = DockerFilesTest.drain();
        long grace = deployment().getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds();
        assertThat(Duration.ofSeconds(grace)).as("terminationGracePeriodSeconds against the drain").isGreaterThan(drain);
    }

    @Test
    void twoReplicasAndADisruptionBudgetThatKeepsOneServing() throws IOException {
        Deployment deployment = deployment();
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
        assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();

        PodDisruptionBudget budget = read(BASE.resolve("pdb.yaml"), PodDisruptionBudget.class);
        int minAvailable = budget.getSpec().getMinAvailable().getIntVal();
        assertThat(minAvailable).isGreaterThanOrEqualTo(1).isLessThan(deployment.getSpec().getReplicas());
        assertThat(podLabels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());

        Deployment atlas = read(ATLAS.resolve("deployment-patch.yaml"), Deployment.class);
        assertThat(atlas.getSpec().getReplicas()).isGreaterThan(minAvailable);
    }

    @Test
    void theServiceAndIngressCarrySlackTrafficOnlyToTheSlackPort() throws IOException {
        Container container = liaison(deployment());
        Service service = read(BASE.resolve("service.yaml"), Service.class);
        assertThat(deployment().getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(service.getSpec().getSelector());
        int slackPort = Integer.parseInt(env(container).get("PORT"));
        for (ServicePort port : service.getSpec().getPorts()) {
            assertThat(containerPort(container, port.getTargetPort())).as("the Service never exposes Actuator")
                    .isEqualTo(slackPort);
        }
        for (Path file : List.of(BASE.resolve("ingress.yaml"), ATLAS.resolve("ingress-patch.yaml"))) {
            Ingress ingress = read(file, Ingress.class);
            List<String> paths = new ArrayList<>();
            for (IngressRule rule : ingress.getSpec().getRules()) {
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    paths.add(path.getPath());
                    assertThat(path.getBackend().getService().getName()).isEqualTo(service.getMetadata().getName());
                    String portName = path.getBackend().getService().getPort().getName();
                    assertThat(service.getSpec().getPorts()).extracting(ServicePort::getName).contains(portName);
                }
            }
            assertThat(paths).as(file.toString()).contains("/slack/events")
                    .allSatisfy(p -> assertThat(SlackEndpointMetricsFilter.SLACK_PATHS).contains(p));
        }
    }

    @Test
    void itRunsAsNonRootOnAReadOnlyFilesystemWithAWritableTmp() throws IOException {
        PodSpec pod = deployment().getSpec().getTemplate().getSpec();
        Container container = pod.getContainers().get(0);
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
        assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
        VolumeMount tmp = container.getVolumeMounts().stream().filter(m -> m.getMountPath().equals("/tmp"))
                .findFirst().orElseThrow(() -> new AssertionError("Tomcat and the JVM write to /tmp"));
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(tmp.getName())).findFirst()
                .orElseThrow();
        assertThat(volume.getEmptyDir()).isNotNull();
    }

    @Test
    void resourcesAreSizedFromTheMeasuredMemory() throws IOException {
        var resources = liaison(deployment()).getResources();
        long request = Quantity.getAmountInBytes(resources.getRequests().get("memory")).longValue();
        long limit = Quantity.getAmountInBytes(resources.getLimits().get("memory")).longValue();
        assertThat(request).as("the request covers what a running Liaison holds").isGreaterThan(MEASURED_RSS_MIB << 20);
        assertThat(limit).isGreaterThanOrEqualTo(request);
        assertThat(resources.getRequests()).containsKey("cpu");
    }
}
