package com.alibaba.nacos.plugin.auth.impl.constant;

public enum AuthSystemTypes {
    NACOS, LDAP
}
