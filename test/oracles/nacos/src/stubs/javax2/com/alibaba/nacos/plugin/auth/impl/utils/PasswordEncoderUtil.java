package com.alibaba.nacos.plugin.auth.impl.utils;

public class PasswordEncoderUtil {
    public static String encode(String raw) {
        return new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().encode(raw);
    }

    public static Boolean matches(String raw, String encoded) {
        return new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder().matches(raw, encoded);
    }
}
