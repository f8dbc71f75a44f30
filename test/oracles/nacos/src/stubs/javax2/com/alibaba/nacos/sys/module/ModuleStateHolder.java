package com.alibaba.nacos.sys.module;

import java.util.Optional;

public class ModuleStateHolder {
    private static final ModuleStateHolder INSTANCE = new ModuleStateHolder();

    public static ModuleStateHolder getInstance() {
        return INSTANCE;
    }

    public Optional<ModuleState> getModuleState(String moduleName) {
        return Optional.empty();
    }
}
