package com.alibaba.nacos.sys.utils;

import com.alibaba.nacos.sys.env.EnvUtil;

/** Stand-in: in 1.4.0 this class held the environment (moved to EnvUtil in 1.4.1); getBean is only reached on hot reload. */
public class ApplicationUtils {
    public static <T> T getBean(Class<T> type) {
        throw new UnsupportedOperationException("no application context in the oracle");
    }

    public static String getProperty(String key) {
        return EnvUtil.getProperty(key);
    }

    public static String getProperty(String key, String defaultValue) {
        return EnvUtil.getProperty(key, defaultValue);
    }

    public static <T> T getProperty(String key, Class<T> targetType, T defaultValue) {
        return EnvUtil.getProperty(key, targetType, defaultValue);
    }

    public static boolean getStandaloneMode() {
        return EnvUtil.getStandaloneMode();
    }
}
