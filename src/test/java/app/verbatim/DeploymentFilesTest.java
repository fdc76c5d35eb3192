package app.verbatim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/**
 * The files that deploy the service, held to the configuration it reads. No Docker engine runs where the suite runs,
 * so docker-compose.yml, the Dockerfile and .dockerignore are checked here instead: the compose file parses, every
 * variable it sets is one the service reads and README documents, and the build context leaves out what it must.
 * README's configuration table is held to the code the same way: every verbatim.* key the code reads is in it, and
 * nothing else is.
 */
class DeploymentFilesTest {

    /** Quarkus' own keys README documents that application.properties does not set (VerbatimMain sets them for the embedded database). */
    private static final Set<String> QUARKUS_KEYS_SET_ELSEWHERE = Set.of(
            VerbatimMain.JDBC_URL_PROPERTY, "quarkus.datasource.username", "quarkus.datasource.password");

    private static final Pattern README_ROW = Pattern.compile("^\\| `([a-zA-Z0-9.\\-\"]+)` \\| `([A-Z0-9_]+)` \\|");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z0-9_]+)");

    private static Map<String, String> documented; // README: key -> environment variable
    private static Set<String> readByCode;
    private static Set<String> inProperties;
    private static JsonNode compose;

    @BeforeAll
    static void read() throws IOException {
        documented = readmeTable();
        readByCode = verbatimKeysReadByCode();
        inProperties = propertyKeys();
        compose = new ObjectMapper(new YAMLFactory()).readTree(Path.of("docker-compose.yml").toFile());
    }

    @Test
    void readmeShouldDocumentEveryVerbatimKeyTheCodeReads() {
        Set<String> missing = new TreeSet<>(readByCode);
        missing.removeAll(documented.keySet());
        assertTrue(missing.isEmpty(), "README's configuration table lacks " + missing);
        assertTrue(readByCode.contains("verbatim.lookup.thresholds.translation"), "nested groups are read: " + readByCode);
    }

    @Test
    void readmeShouldDocumentOnlyKeysTheServiceReads() {
        for (String key : documented.keySet()) {
            boolean read = key.startsWith("verbatim.") ? readByCode.contains(key)
                    : inProperties.contains(key) || QUARKUS_KEYS_SET_ELSEWHERE.contains(key);
            assertTrue(read, "README documents " + key + ", which nothing reads");
        }
    }

    @Test
    void readmeShouldNameEachKeysEnvironmentVariable() {
        assertFalse(documented.isEmpty(), "README has a configuration table");
        documented.forEach((key, env) -> assertEquals(environmentName(key), env, "the environment variable of " + key));
    }

    @Test
    void composeShouldSetOnlyVariablesTheServiceReadsAndReadmeDocuments() {
        JsonNode environment = compose.at("/services/verbatim/environment");
        assertTrue(environment.isObject() && environment.size() > 0, "the service's environment is a map");
        Set<String> documentedVariables = Set.copyOf(documented.values());
        environment.fieldNames().forEachRemaining(name -> assertTrue(documentedVariables.contains(name),
                name + " is set by docker-compose.yml but is not a variable of README's configuration table"));
        assertEquals("0.0.0.0", environment.path("QUARKUS_HTTP_HOST").asText(), "the service listens beyond the container");
        assertTrue(environment.has("QUARKUS_DATASOURCE_JDBC_URL"), "the service uses the compose database, not an embedded one");
    }

    @Test
    void composeShouldAskTheUserOnlyForVariablesTheServiceReads() throws IOException {
        Set<String> documentedVariables = Set.copyOf(documented.values());
        Matcher m = INTERPOLATION.matcher(Files.readString(Path.of("docker-compose.yml")));
        int found = 0;
        while (m.find()) {
            found++;
            assertTrue(documentedVariables.contains(m.group(1)), "docker-compose.yml reads ${" + m.group(1)
                    + "}, a name README's configuration table does not give: one name per setting");
        }
        assertTrue(found > 0, "the admin key and the password come from the caller's environment");
    }

    @Test
    void composeShouldCheckReadinessAndRestartTheService() {
        JsonNode service = compose.at("/services/verbatim");
        assertTrue(service.path("healthcheck").path("test").toString().contains("/q/health/ready"), service.toString());
        assertEquals("unless-stopped", service.path("restart").asText());
        assertEquals("service_healthy", service.at("/depends_on/postgres/condition").asText());
    }

    @Test
    void composeShouldBuildFromADockerfileThatExists() {
        JsonNode build = compose.at("/services/verbatim/build");
        String context = build.isTextual() ? build.asText() : build.path("context").asText(".");
        String dockerfile = build.path("dockerfile").asText("Dockerfile");
        assertTrue(Files.isRegularFile(Path.of(context).resolve(dockerfile)), context + "/" + dockerfile);
    }

    @Test
    void buildContextShouldLeaveOutDataBuildOutputPackagesAndHistory() throws IOException {
        List<String> ignored = Files.readAllLines(Path.of(".dockerignore")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.replaceAll("/+$", "")).toList();
        for (String needed : List.of("data", "target", "**/node_modules", ".git")) {
            assertTrue(ignored.contains(needed), ".dockerignore leaves " + needed + " in the build context: " + ignored);
        }
        for (String source : List.of("src/main", "db", "pom.xml", "mvnw", ".mvn", "openapi.yaml")) {
            assertFalse(ignored.contains(source), "the image is built from " + source + "; .dockerignore must keep it");
        }
    }

    /** quarkus.http.host -> QUARKUS_HTTP_HOST, as MicroProfile Config maps environment variables. */
    static String environmentName(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static Map<String, String> readmeTable() throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher m = README_ROW.matcher(line);
            if (m.find()) {
                rows.put(m.group(1), m.group(2));
            }
        }
        return rows;
    }

    private static Set<String> propertyKeys() throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            p.load(r);
        }
        Set<String> keys = new TreeSet<>();
        p.stringPropertyNames().forEach(k -> keys.add(k.replaceFirst("^%[a-z]+\\.", "")));
        return keys;
    }

    /** The keys of every @ConfigMapping interface, every @ConfigProperty, and what VerbatimMain reads before Quarkus starts. */
    private static Set<String> verbatimKeysReadByCode() {
        Set<String> keys = new TreeSet<>();
        keys.add(VerbatimMain.DATA_DIR_PROPERTY);
        for (JavaClass javaClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.verbatim")) {
            Class<?> type = javaClass.reflect();
            ConfigMapping mapping = type.getAnnotation(ConfigMapping.class);
            if (mapping != null) {
                addMappingKeys(mapping.prefix(), type, keys);
            }
            List<AnnotatedElement> elements = new ArrayList<>(List.of(type.getDeclaredFields()));
            Stream.concat(Stream.of(type.getDeclaredConstructors()), Stream.of(type.getDeclaredMethods()))
                    .flatMap(e -> Stream.of(e.getParameters())).forEach(elements::add);
            for (AnnotatedElement element : elements) {
                ConfigProperty property = element.getAnnotation(ConfigProperty.class);
                if (property != null) {
                    keys.add(property.name().isEmpty() ? ((Parameter) element).getName() : property.name());
                }
            }
        }
        keys.removeIf(k -> !k.startsWith("verbatim."));
        return keys;
    }

    private static void addMappingKeys(String prefix, Class<?> mapping, Set<String> keys) {
        for (Method method : mapping.getMethods()) {
            if (method.getParameterCount() > 0 || method.isDefault() || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            WithName named = method.getAnnotation(WithName.class);
            String key = prefix + "." + (named != null ? named.value() : kebab(method.getName()));
            if (method.getReturnType().isInterface() && method.getReturnType().getName().startsWith("app.verbatim.")) {
                addMappingKeys(key, method.getReturnType(), keys);
            } else if (java.util.Map.class.isAssignableFrom(method.getReturnType())) {
                keys.add(key + ".NAME"); // a map of named values: README documents it as prefix.NAME
            } else {
                keys.add(key);
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
