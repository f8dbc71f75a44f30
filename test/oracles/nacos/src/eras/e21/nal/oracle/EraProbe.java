package nal.oracle;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.SecretKey;

import com.alibaba.nacos.auth.annotation.Secured;
import com.alibaba.nacos.auth.config.AuthConfigs;
import com.alibaba.nacos.core.auth.AuthFilter;
import com.alibaba.nacos.core.code.ControllerMethodsCache;
import com.alibaba.nacos.plugin.auth.impl.JwtTokenManager;
import com.alibaba.nacos.plugin.auth.impl.LdapAuthenticationProvider;
import com.alibaba.nacos.plugin.auth.impl.NacosAuthConfig;
import com.alibaba.nacos.plugin.auth.impl.users.NacosUserDetailsServiceImpl;
import com.alibaba.nacos.sys.env.EnvUtil;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * 2.1.0 – 2.2.0.1: AuthConfigs (no startup validation), the default plugin's JwtTokenManager and NacosAuthConfig as
 * Spring creates them (2.1.x parse the expiry in @PostConstruct; 2.2.0.x decode the secret in the constructor), the key
 * from getSecretKeyBytes() (2.1.x, jjwt + UTF-8 fallback) or the SecretKey (2.2.0.x), AuthFilter.doFilter.
 */
public class EraProbe implements Probe {
    @Secured
    public void securedApi() {
    }

    private static boolean hasField(Class<?> c, String name) {
        try {
            c.getDeclaredField(name);
            return true;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    @Override
    public void run(Ctx ctx, Map<String, Object> out) throws Exception {
        EnvUtil.setEnvironment(ctx.env);
        Plugins.install();
        ControllerMethodsCache.securedMethod = EraProbe.class.getMethod("securedApi");
        AnnotationConfigApplicationContext c = ctx.context();
        ControllerMethodsCache methods = new ControllerMethodsCache();
        AuthConfigs authConfigs = ctx.startup(c, AuthConfigs.class);
        // 2.1.0's JwtTokenManager has an @Autowired NacosAuthConfig field (a cycle Spring resolves with an early
        // reference): build it bare and inject the field once NacosAuthConfig exists, as the container does.
        boolean fieldInjected = hasField(JwtTokenManager.class, "nacosAuthConfig");
        Object tokens = null;
        if (fieldInjected) {
            ctx.called.add("JwtTokenManager");
            tokens = JwtTokenManager.class.getDeclaredConstructor().newInstance();
        } else {
            tokens = ctx.startup(c, JwtTokenManager.class);
        }
        // NacosAuthConfig is a WebSecurityConfigurerAdapter: only its constructor and @PostConstruct init() matter
        // for startup here (Spring Security's own wiring is left out).
        Object config = null;
        if (tokens != null) {
            ctx.called.add("NacosAuthConfig");
            try {
                config = NacosAuthConfig.class.getConstructors()[0].newInstance(ctx.env, tokens, authConfigs,
                        new NacosUserDetailsServiceImpl(), c.getBeanProvider(LdapAuthenticationProvider.class), methods);
                if (fieldInjected) {
                    java.lang.reflect.Field f = JwtTokenManager.class.getDeclaredField("nacosAuthConfig");
                    f.setAccessible(true);
                    f.set(tokens, config);
                }
                for (java.lang.reflect.Method m : NacosAuthConfig.class.getDeclaredMethods()) {
                    if (m.isAnnotationPresent(javax.annotation.PostConstruct.class)) {
                        m.setAccessible(true);
                        m.invoke(config);
                    }
                }
            } catch (java.lang.reflect.InvocationTargetException e) {
                ctx.fail("NacosAuthConfig", e.getCause());
            }
        }
        ctx.reportStartup(out);

        if (authConfigs != null) {
            Map<String, Object> auth = new LinkedHashMap<>();
            auth.put("enabled", authConfigs.isAuthEnabled());
            auth.put("systemType", authConfigs.getNacosAuthSystemType());
            auth.put("userAgentAuthWhite", authConfigs.isEnableUserAgentAuthWhite());
            out.put("auth", auth);
        }

        // The key the token manager signs with, from the object that holds it in this version.
        Object holder = config != null && Reflect.hasMethod(config, "getSecretKeyBytes") ? config : tokens;
        if (holder != null) {
            try {
                byte[] key = Reflect.hasMethod(holder, "getSecretKeyBytes") ? (byte[]) Reflect.call(holder, "getSecretKeyBytes")
                        : ((SecretKey) Reflect.field(holder, "secretKey")).getEncoded();
                out.put("secret", Ctx.keyInfo(key));
            } catch (Throwable t) {
                out.put("secret", Map.of("error", ctx.error(t)));
            }
        } else if (!ctx.failures.isEmpty()) {
            out.put("secret", Map.of("error", ctx.failures.get(ctx.failures.size() - 1).get("error")));
        }
        if (tokens != null && ctx.failures.isEmpty()) {
            try {
                ((JwtTokenManager) tokens).createToken("nacos");
                out.put("login", "ok");
            } catch (Throwable t) {
                out.put("login", ctx.error(t));
            }
        }

        if (authConfigs != null) {
            ControllerMethodsCache cache = new ControllerMethodsCache();
            ctx.called.add("AuthFilter");
            AuthFilter filter = new AuthFilter(authConfigs, cache);
            Plugins.asked = 0;
            Map<String, Object> web = Web.filter(filter, ctx.headers());
            Map<String, Object> id = new LinkedHashMap<>(web);
            id.put("verdict", Identity.verdict(authConfigs.isAuthEnabled(), web, cache.calls == 0, Plugins.asked > 0));
            out.put("identity", id);
        }
    }
}
