package com.alibaba.nacos.sys.env;

import org.springframework.core.env.ConfigurableEnvironment;

/** Stand-in for nacos-sys EnvUtil: the same delegation to the Spring environment the upstream methods do. */
public class EnvUtil {
    private static ConfigurableEnvironment environment;

    public static ConfigurableEnvironment getEnvironment() {
        return environment;
    }

    public static void setEnvironment(ConfigurableEnvironment e) {
        environment = e;
    }

    public static boolean containsProperty(String key) {
        return environment.containsProperty(key);
    }

    public static String getProperty(String key) {
        return environment.getProperty(key);
    }

    public static String getProperty(String key, String defaultValue) {
        return environment.getProperty(key, defaultValue);
    }

    public static <T> T getProperty(String key, Class<T> targetType) {
        return environment.getProperty(key, targetType);
    }

    public static <T> T getProperty(String key, Class<T> targetType, T defaultValue) {
        return environment.getProperty(key, targetType, defaultValue);
    }

    public static String getRequiredProperty(String key) throws IllegalStateException {
        return environment.getRequiredProperty(key);
    }

    public static String resolvePlaceholders(String text) {
        return environment.resolvePlaceholders(text);
    }

    /** Upstream caches Boolean.getBoolean("nacos.standalone") once; the oracle reads it per request. */
    public static boolean getStandaloneMode() {
        return Boolean.getBoolean(Constants.STANDALONE_MODE_PROPERTY_NAME);
    }
}
