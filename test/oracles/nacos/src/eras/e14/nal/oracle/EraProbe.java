package nal.oracle;

import java.util.LinkedHashMap;
import java.util.Map;

import com.alibaba.nacos.auth.AuthManager;
import com.alibaba.nacos.auth.annotation.Secured;
import com.alibaba.nacos.auth.common.AuthConfigs;
import com.alibaba.nacos.console.security.nacos.JwtTokenManager;
import com.alibaba.nacos.core.auth.AuthFilter;
import com.alibaba.nacos.core.code.ControllerMethodsCache;
import com.alibaba.nacos.sys.env.EnvUtil;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * 1.4.0 – 2.0.4: AuthConfigs (@Value fields; isAuthEnabled() = -D or commons-lang3 BooleanUtils up to 2.0.2, @Value
 * boolean from 2.0.3; @PostConstruct validate() in 1.4.5), the console's JwtTokenManager (createToken = login, key
 * from AuthConfigs.getSecretKeyBytes(), jjwt), AuthFilter.doFilter (fields injected by Spring).
 */
public class EraProbe implements Probe {
    @Secured(resource = "nacos/admin")
    public void securedApi() {
    }

    @Override
    public void run(Ctx ctx, Map<String, Object> out) throws Exception {
        EnvUtil.setEnvironment(ctx.env);
        ControllerMethodsCache.securedMethod = EraProbe.class.getMethod("securedApi");
        AnnotationConfigApplicationContext c = ctx.context();
        ControllerMethodsCache cache = new ControllerMethodsCache();
        ctx.register(c, cache);
        ctx.register(c, new AuthManager());
        AuthConfigs authConfigs = ctx.startup(c, AuthConfigs.class);
        JwtTokenManager tokens = ctx.startup(c, JwtTokenManager.class);
        ctx.reportStartup(out);
        if (authConfigs == null) return; // not even bindable: no state, key or filter to report

        Map<String, Object> auth = new LinkedHashMap<>();
        auth.put("enabled", authConfigs.isAuthEnabled());
        auth.put("systemType", authConfigs.getNacosAuthSystemType());
        if (Reflect.hasMethod(authConfigs, "isEnableUserAgentAuthWhite")) {
            auth.put("userAgentAuthWhite", Reflect.call(authConfigs, "isEnableUserAgentAuthWhite"));
        }
        out.put("auth", auth);

        try {
            out.put("secret", Ctx.keyInfo(authConfigs.getSecretKeyBytes()));
        } catch (Throwable t) {
            out.put("secret", Map.of("error", ctx.error(t)));
        }
        if (tokens != null) {
            try {
                tokens.createToken("nacos");
                out.put("login", "ok");
            } catch (Throwable t) {
                out.put("login", ctx.error(t));
            }
        }

        AuthFilter filter = ctx.create(c, AuthFilter.class);
        AuthManager.asked = 0;
        cache.calls = 0;
        Map<String, Object> web = Web.filter(filter, ctx.headers());
        Map<String, Object> id = new LinkedHashMap<>(web);
        id.put("verdict", Identity.verdict(authConfigs.isAuthEnabled(), web, cache.calls == 0, AuthManager.asked > 0));
        out.put("identity", id);
    }
}
