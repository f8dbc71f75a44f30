package nal.oracle;

import java.security.Key;
import java.util.LinkedHashMap;
import java.util.Map;

import com.alibaba.nacos.auth.HttpProtocolAuthService;
import com.alibaba.nacos.auth.annotation.Secured;
import com.alibaba.nacos.auth.config.NacosAuthConfig;
import com.alibaba.nacos.core.auth.AuthAdminFilter;
import com.alibaba.nacos.core.auth.AuthFilter;
import com.alibaba.nacos.core.auth.InnerApiAuthEnabled;
import com.alibaba.nacos.core.auth.NacosServerAdminAuthConfig;
import com.alibaba.nacos.core.auth.NacosServerAuthConfig;
import com.alibaba.nacos.core.code.ControllerMethodsCache;
import com.alibaba.nacos.plugin.auth.constant.ApiType;
import com.alibaba.nacos.plugin.auth.impl.configuration.AuthConfigs;
import com.alibaba.nacos.plugin.auth.impl.constant.AuthConstants;
import com.alibaba.nacos.plugin.auth.impl.jwt.NacosJwtParser;
import com.alibaba.nacos.plugin.auth.impl.token.impl.JwtTokenManager;
import com.alibaba.nacos.sys.env.EnvUtil;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * 3.0.x: NacosServerAuthConfig and NacosServerAdminAuthConfig (constructor → getConfigFromEnv, validate), the default
 * plugin's AuthConfigs (@Value, @PostConstruct validate) and JwtTokenManager (NacosJwtParser + Base64Decode); the
 * identity through AuthFilter (open API, scope nacos.core.auth.enabled) and AuthAdminFilter (admin API, scope
 * nacos.core.auth.admin.enabled), both via AbstractWebAuthFilter → HttpProtocolAuthService.checkServerIdentity.
 */
public class EraProbe implements Probe {
    @Secured
    public void openApi() {
    }

    @Secured(apiType = ApiType.ADMIN_API)
    public void adminApi() {
    }

    @Override
    public void run(Ctx ctx, Map<String, Object> out) throws Exception {
        EnvUtil.setEnvironment(ctx.env);
        Plugins.install();
        // Startup order: the core configs are built through NacosAuthConfigHolder (SPI) when the first filter bean
        // is created, before the plugin's beans.
        NacosServerAuthConfig open = ctx.startup("NacosServerAuthConfig", NacosServerAuthConfig::new);
        NacosServerAdminAuthConfig admin = ctx.startup("NacosServerAdminAuthConfig", NacosServerAdminAuthConfig::new);
        AnnotationConfigApplicationContext c = ctx.context();
        AuthConfigs plugin = ctx.startup(c, AuthConfigs.class);
        JwtTokenManager tokens = plugin == null ? null : ctx.startup(c, JwtTokenManager.class);
        ctx.reportStartup(out);

        Map<String, Object> auth = new LinkedHashMap<>();
        auth.put("enabled", open == null ? null : open.isAuthEnabled());
        auth.put("admin", admin == null ? null : admin.isAuthEnabled());
        auth.put("console", plugin == null ? null : plugin.isConsoleAuthEnabled());
        auth.put("pluginEnabled", plugin == null ? null : plugin.isAuthEnabled());
        auth.put("systemType", plugin == null ? null : plugin.getNacosAuthSystemType());
        out.put("auth", auth);

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
                out.put("login", "AUTH_DISABLED".equals(token) || token.isEmpty() ? "no-token (auth off)" : "ok");
            } catch (Throwable t) {
                out.put("login", ctx.error(t));
            }
        }

        Map<String, Object> identity = new LinkedHashMap<>();
        if (open != null) {
            ctx.called.add("AuthFilter");
            identity.putAll(probe(ctx, open, "openApi", true));
        }
        if (admin != null) {
            ctx.called.add("AuthAdminFilter");
            identity.put("admin", probe(ctx, admin, "adminApi", false));
        }
        out.put("identity", identity);
    }

    private Map<String, Object> probe(Ctx ctx, NacosAuthConfig config, String api, boolean openFilter) throws Exception {
        ControllerMethodsCache.securedMethod = EraProbe.class.getMethod(api);
        ControllerMethodsCache cache = new ControllerMethodsCache();
        Object filter = openFilter ? new AuthFilter(config, cache, new InnerApiAuthEnabled()) : new AuthAdminFilter(config, cache);
        Plugins.asked = 0;
        Map<String, Object> web = Web.filter(filter, ctx.headers());
        Map<String, Object> id = new LinkedHashMap<>(web);
        ctx.called.add("HttpProtocolAuthService");
        HttpProtocolAuthService service = new HttpProtocolAuthService(config);
        service.initialize();
        String check = String.valueOf(service.checkServerIdentity(Web.request(ctx.headers()),
                EraProbe.class.getMethod(api).getAnnotation(Secured.class)).getStatus());
        id.put("check", check);
        id.put("verdict", Identity.verdict(config.isAuthEnabled(), web, "MATCHED".equals(check), Plugins.asked > 0));
        return id;
    }
}
