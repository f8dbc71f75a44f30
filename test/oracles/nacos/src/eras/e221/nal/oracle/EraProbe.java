package nal.oracle;

import java.security.Key;
import java.util.LinkedHashMap;
import java.util.Map;

import com.alibaba.nacos.auth.annotation.Secured;
import com.alibaba.nacos.auth.config.AuthConfigs;
import com.alibaba.nacos.core.auth.AuthFilter;
import com.alibaba.nacos.core.code.ControllerMethodsCache;
import com.alibaba.nacos.plugin.auth.impl.constant.AuthConstants;
import com.alibaba.nacos.plugin.auth.impl.jwt.NacosJwtParser;
import com.alibaba.nacos.plugin.auth.impl.token.impl.JwtTokenManager;
import com.alibaba.nacos.sys.env.EnvUtil;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * 2.2.1 – 2.4.x: AuthConfigs (@Value switches, @PostConstruct validate), JwtTokenManager (constructor →
 * processProperties → NacosJwtParser → Base64Decode / java.util.Base64), AuthFilter.doFilter.
 */
public class EraProbe implements Probe {
    @Secured
    public void securedApi() {
    }

    @Override
    public void run(Ctx ctx, Map<String, Object> out) throws Exception {
        EnvUtil.setEnvironment(ctx.env);
        Plugins.install();
        ControllerMethodsCache.securedMethod = EraProbe.class.getMethod("securedApi");
        AnnotationConfigApplicationContext c = ctx.context();
        AuthConfigs authConfigs = ctx.startup(c, AuthConfigs.class);
        JwtTokenManager tokens = ctx.startup(c, JwtTokenManager.class);
        ctx.reportStartup(out);
        if (authConfigs == null) return; // not even bindable: no state, key or filter to report
        Map<String, Object> auth = new LinkedHashMap<>();
        auth.put("enabled", authConfigs.isAuthEnabled());
        auth.put("systemType", authConfigs.getNacosAuthSystemType());
        auth.put("userAgentAuthWhite", authConfigs.isEnableUserAgentAuthWhite());
        out.put("auth", auth);

        // The key JwtTokenManager derives: NacosJwtParser(secret) as processProperties calls it.
        ctx.called.add("NacosJwtParser");
        String secret = EnvUtil.getProperty(AuthConstants.TOKEN_SECRET_KEY, AuthConstants.DEFAULT_TOKEN_SECRET_KEY);
        try {
            NacosJwtParser parser = new NacosJwtParser(secret);
            Map<String, Object> s = Ctx.keyInfo(((Key) Reflect.field(parser, "key")).getEncoded());
            s.put("algorithm", String.valueOf(Reflect.field(parser, "signatureAlgorithm")));
            out.put("secret", s);
        } catch (Throwable t) {
            out.put("secret", Map.of("error", ctx.error(t)));
        }
        if (tokens != null && ctx.failures.isEmpty()) {
            try {
                String token = tokens.createToken("nacos");
                out.put("login", token.isEmpty() ? "no-token (auth off)" : "ok");
            } catch (Throwable t) {
                out.put("login", ctx.error(t));
            }
        }

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
