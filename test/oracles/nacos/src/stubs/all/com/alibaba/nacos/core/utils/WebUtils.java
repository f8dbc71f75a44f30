package com.alibaba.nacos.core.utils;

/** Stand-in: upstream getUserAgent reads User-Agent, else Client-Version... the oracle sends User-Agent only. */
public class WebUtils {
    public static String getUserAgent(Object request) {
        try {
            Object ua = request.getClass().getMethod("getHeader", String.class).invoke(request, "User-Agent");
            if (ua == null || ua.toString().isEmpty()) ua = request.getClass().getMethod("getHeader", String.class).invoke(request, "Client-Version");
            return ua == null ? "" : ua.toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
