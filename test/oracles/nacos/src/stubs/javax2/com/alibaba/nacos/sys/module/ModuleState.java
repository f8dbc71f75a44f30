package com.alibaba.nacos.sys.module;

import java.util.HashMap;
import java.util.Map;

public class ModuleState {
    private final String moduleName;
    private final Map<String, Object> states = new HashMap<>();

    public ModuleState(String moduleName) {
        this.moduleName = moduleName;
    }

    public String getModuleName() {
        return moduleName;
    }

    public ModuleState newState(String identity, Object value) {
        states.put(identity, value);
        return this;
    }

    public Map<String, Object> getStates() {
        return states;
    }
}
