package nal.oracle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.support.PropertySourcesPlaceholderConfigurer;
import org.springframework.core.env.ConfigurableEnvironment;

/** What a probe gets: the request, the environment built from it, and helpers that behave like Spring Boot's startup. */
public final class Ctx {
    public final Map<String, Object> request;
    public final ConfigurableEnvironment env;
    /** Classes (simple upstream names) the probe ran, reported as `classes`. */
    public final Set<String> called = new LinkedHashSet<>();
    private final Set<String> secrets;

    Ctx(Map<String, Object> request, ConfigurableEnvironment env, Set<String> secrets) {
        this.request = request;
        this.env = env;
        this.secrets = secrets;
    }

    /** Request headers for the identity probe (name → value), as sent by a peer. */
    @SuppressWarnings("unchecked")
    public Map<String, String> headers() {
        Object h = request.get("headers");
        Map<String, String> out = new LinkedHashMap<>();
        if (h instanceof Map) ((Map<String, Object>) h).forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    public String prop(String key) {
        return env.getProperty(key);
    }

    /**
     * An empty application context over the request's environment, set up as Spring Boot sets up Nacos's: Boot's
     * conversion service (String → boolean/long for @Value) and a strict placeholder configurer.
     */
    public AnnotationConfigApplicationContext context() {
        AnnotationConfigApplicationContext c = new AnnotationConfigApplicationContext();
        c.setEnvironment(env);
        c.getBeanFactory().setConversionService(ApplicationConversionService.getSharedInstance());
        c.registerBean(PropertySourcesPlaceholderConfigurer.class);
        c.refresh();
        return c;
    }

    /** Creates a bean as the container does at startup (constructor/@Autowired/@Value injection, @PostConstruct) and registers it. */
    public <T> T create(AnnotationConfigApplicationContext c, Class<T> cls) {
        called.add(cls.getSimpleName());
        ConfigurableListableBeanFactory bf = c.getBeanFactory();
        T bean = bf.createBean(cls);
        bf.registerSingleton(cls.getName(), bean);
        return bean;
    }

    /** Startup failures in the order the server would meet them ("Class: message" chains); empty = it starts. */
    public final List<Map<String, Object>> failures = new ArrayList<>();

    /**
     * create(), and when that fails: record the failure and return the bean as it was bound (@Value/@Autowired) but
     * not initialised, so later beans and the state report still have it.
     */
    @SuppressWarnings("unchecked")
    public <T> T startup(AnnotationConfigApplicationContext c, Class<T> cls) {
        try {
            return create(c, cls);
        } catch (Throwable t) {
            fail(cls.getSimpleName(), t);
            try {
                T bean = (T) c.getBeanFactory().autowire(cls, org.springframework.beans.factory.config.AutowireCapableBeanFactory.AUTOWIRE_NO, false);
                c.getBeanFactory().registerSingleton(cls.getName(), bean);
                return bean;
            } catch (Throwable t2) {
                return null;
            }
        }
    }

    /** Registers bean definitions and gets them in order (Spring resolves the upstream circular references); null on failure. */
    public Map<Class<?>, Object> beans(AnnotationConfigApplicationContext c, Class<?>... classes) {
        for (Class<?> cls : classes) c.registerBean(cls);
        Map<Class<?>, Object> out = new LinkedHashMap<>();
        for (Class<?> cls : classes) {
            called.add(cls.getSimpleName());
            try {
                out.put(cls, c.getBean(cls));
            } catch (Throwable t) {
                fail(cls.getSimpleName(), t);
            }
        }
        return out;
    }

    /** Runs a plain constructor that validates (3.x core configs); null when it throws. */
    public <T> T startup(String name, java.util.concurrent.Callable<T> make) {
        called.add(name);
        try {
            return make.call();
        } catch (Throwable t) {
            fail(name, t);
            return null;
        }
    }

    public void fail(String bean, Throwable t) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("bean", bean);
        f.put("error", error(t));
        f.put("chain", chain(t));
        failures.add(f);
    }

    /** starts / error / failures into the answer. */
    public void reportStartup(Map<String, Object> out) {
        out.put("starts", failures.isEmpty());
        if (!failures.isEmpty()) {
            out.put("error", failures.get(0).get("error"));
            out.put("failures", failures);
        }
    }

    public void register(AnnotationConfigApplicationContext c, Object stub) {
        c.getBeanFactory().registerSingleton(stub.getClass().getName(), stub);
    }

    /** "ExceptionClass: message" of the innermost cause, secrets masked. */
    public String error(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) r = r.getCause();
        return mask(r.getClass().getName() + ": " + r.getMessage());
    }

    /** "Class: message" of every exception in the chain that is not Spring's own wrapping, outermost first. */
    public List<String> chain(Throwable t) {
        List<String> out = new ArrayList<>();
        for (Throwable r = t; r != null && out.size() < 8; r = r.getCause() == r ? null : r.getCause()) {
            if (!r.getClass().getName().startsWith("org.springframework.")) out.add(mask(r.getClass().getName() + ": " + r.getMessage()));
        }
        return out;
    }

    public String mask(String s) {
        if (s == null) return null;
        String out = s.replaceAll("in value \"[^\"]*\"", "in value \"***\"");
        for (String v : secrets) if (v.length() >= 4) out = out.replace(v, "***");
        return out;
    }

    public static Map<String, Object> keyInfo(byte[] bytes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("length", bytes.length);
        m.put("sha256", sha256(bytes));
        return m;
    }

    public static String sha256(byte[] bytes) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(bytes);
            StringBuilder b = new StringBuilder();
            for (byte x : d) b.append(String.format("%02x", x & 0xff));
            return b.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
