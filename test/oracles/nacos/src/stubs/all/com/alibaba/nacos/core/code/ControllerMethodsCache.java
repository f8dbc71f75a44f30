package com.alibaba.nacos.core.code;

import java.lang.reflect.Method;

/**
 * Stand-in: upstream maps a request to its controller method. The oracle's answer is a method carrying @Secured
 * (an authenticated API), and it counts the calls: the pre-2.5 filters decide the server identity before this call.
 */
public class ControllerMethodsCache {
    public static Method securedMethod;
    public int calls;

    public Method getMethod(Object request) {
        calls++;
        return securedMethod;
    }

    public void initClassMethod(String packageName) {
    }

    public void initClassMethod(java.util.Set<Class<?>> classes) {
    }
}
