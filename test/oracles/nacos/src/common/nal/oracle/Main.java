package nal.oracle;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ByteArrayResource;

/**
 * nal.oracle.Main TAG JAR_DEFAULTS (REQUEST.json | --batch)
 *
 * <p>Request: {"id", "properties": {k: v} | "file": "conf/application.properties text", "system": {-D k: v},
 * "env": {NAME: v}, "jarDefaults": true, "headers": {name: value}}. The environment is layered as the server's:
 * -D system properties > environment variables > the user's file > the jar's application.properties (JAR_DEFAULTS,
 * the tag's console/bootstrap resource) > code defaults. Answer: one JSON object per request (see README.md).
 */
public final class Main {
    private static String tag;
    private static Path jarDefaults;

    public static void main(String[] args) throws Exception {
        tag = args[0];
        jarDefaults = "-".equals(args[1]) ? null : Paths.get(args[1]);
        // The real classes log through slf4j-nop; keep stray System.out prints (jjwt, Nacos) off the answer stream.
        PrintStream answers = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, "UTF-8");
        System.setOut(System.err);
        if ("--batch".equals(args[2])) {
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.trim().isEmpty()) continue;
                answers.println(answer(line));
            }
        } else {
            answers.println(answer(new String(Files.readAllBytes(Paths.get(args[2])), StandardCharsets.UTF_8)));
        }
        answers.flush();
        System.exit(0);
    }

    @SuppressWarnings("unchecked")
    static String answer(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", tag);
        Map<String, String> saved = new HashMap<>();
        try {
            Map<String, Object> req = (Map<String, Object>) Json.parse(text);
            if (req.containsKey("id")) out.put("id", req.get("id"));
            Set<String> secrets = new LinkedHashSet<>();
            StandardEnvironment env = new StandardEnvironment();
            env.setConversionService(new ApplicationConversionService());
            MutablePropertySources ps = env.getPropertySources();
            ps.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
            ps.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
            Map<String, Object> system = strings(req.get("system"), secrets);
            ps.addLast(new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, system));
            ps.addLast(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                    strings(req.get("env"), secrets)));
            if (req.get("file") instanceof String) {
                for (PropertySource<?> p : load("nacos_application_conf", ((String) req.get("file")).getBytes(StandardCharsets.UTF_8))) {
                    ps.addLast(p);
                    if (p.getSource() instanceof Map) collectSecrets((Map<String, Object>) p.getSource(), secrets);
                }
            } else {
                ps.addLast(new MapPropertySource("nacos_application_conf", strings(req.get("properties"), secrets)));
            }
            if (jarDefaults != null && !Boolean.FALSE.equals(req.get("jarDefaults"))) {
                for (PropertySource<?> p : load("jar_application_properties", Files.readAllBytes(jarDefaults))) ps.addLast(p);
            }
            // Code that reads System.getProperty directly (nacos.standalone, ≤ 2.0.2 auth.enabled) sees the same -D values.
            for (Map.Entry<String, Object> e : system.entrySet()) {
                saved.put(e.getKey(), System.getProperty(e.getKey()));
                System.setProperty(e.getKey(), String.valueOf(e.getValue()));
            }
            Ctx ctx = new Ctx(req, env, secrets);
            Probe probe = (Probe) Class.forName("nal.oracle.EraProbe").getDeclaredConstructor().newInstance();
            probe.run(ctx, out);
            out.put("classes", ctx.called);
        } catch (Throwable t) {
            out.put("harnessError", t.getClass().getName() + ": " + t.getMessage());
        } finally {
            for (Map.Entry<String, String> e : saved.entrySet()) {
                if (e.getValue() == null) System.clearProperty(e.getKey()); else System.setProperty(e.getKey(), e.getValue());
            }
        }
        return Json.write(out);
    }

    static List<PropertySource<?>> load(String name, byte[] bytes) throws Exception {
        return new PropertiesPropertySourceLoader().load(name, new ByteArrayResource(bytes));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> strings(Object o, Set<String> secrets) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (o instanceof Map) ((Map<String, Object>) o).forEach((k, v) -> m.put(k, v == null ? "" : String.valueOf(v)));
        collectSecrets(m, secrets);
        return m;
    }

    private static void collectSecrets(Map<String, Object> m, Set<String> secrets) {
        m.forEach((k, v) -> {
            String key = k.toLowerCase().replace('_', '.');
            if (key.contains("secret") || key.contains("identity.value") || key.contains("password") || key.contains("auth.token")) {
                secrets.add(String.valueOf(v));
            }
        });
    }
}
