package com.alibaba.nacos.sys.module;

public interface ModuleStateBuilder {
    ModuleState build();

    default boolean isIgnore() {
        return false;
    }

    default boolean isCacheable() {
        return true;
    }
}
