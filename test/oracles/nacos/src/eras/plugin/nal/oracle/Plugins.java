package nal.oracle;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.Map;

import com.alibaba.nacos.plugin.auth.exception.AccessException;
import com.alibaba.nacos.plugin.auth.spi.server.AuthPluginManager;
import com.alibaba.nacos.plugin.auth.spi.server.AuthPluginService;

/**
 * Puts a recording authentication plugin under the built-in names (`nacos`, `ldap`) into the real AuthPluginManager
 * (2.1.0+), so the oracle sees when a request falls through to user authentication (the plugin is asked) and when no
 * plugin matches the configured system type (auth is then not enforced).
 */
public final class Plugins {
    public static int asked;

    @SuppressWarnings("unchecked")
    public static void install() throws Exception {
        Field f = AuthPluginManager.class.getDeclaredField("authServiceMap");
        f.setAccessible(true);
        Map<String, AuthPluginService> map = (Map<String, AuthPluginService>) f.get(AuthPluginManager.getInstance());
        for (String name : new String[] {"nacos", "ldap"}) map.put(name, plugin(name));
    }

    private static AuthPluginService plugin(String name) {
        return (AuthPluginService) Proxy.newProxyInstance(Plugins.class.getClassLoader(), new Class<?>[] {AuthPluginService.class},
                (proxy, m, args) -> {
                    switch (m.getName()) {
                        case "getAuthServiceName": return name;
                        case "identityNames": return Collections.emptyList();
                        case "enableAuth": asked++; return true;
                        case "validateIdentity":
                        case "validateAuthority": throw new AccessException("oracle: user authentication required");
                        case "isLoginEnabled": return true;
                        case "isAdminRequest": return false;
                        case "toString": return "oracle-plugin-" + name;
                        case "hashCode": return name.hashCode();
                        case "equals": return proxy == args[0];
                        default: throw new UnsupportedOperationException(m.getName());
                    }
                });
    }
}
