package com.alibaba.nacos.sys.utils;

import java.util.Properties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/** Stand-in for nacos-sys PropertiesUtil: upstream binds the prefix with Spring Boot's Binder (values untrimmed). */
public class PropertiesUtil {
    public static Properties getPropertiesWithPrefix(Environment environment, String prefix) {
        return handleSpringBinder(environment, prefix, Properties.class);
    }

    public static <T> T handleSpringBinder(Environment environment, String prefix, Class<T> targetClass) {
        String p = prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
        // Upstream calls Binder.bind(..).get() reflectively and wraps any failure (e.g. nothing bound) in a RuntimeException.
        try {
            return Binder.get(environment).bind(p, targetClass).get();
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}
