package com.alibaba.nacos.auth.model;

public class Permission {
    private final String resource;
    private final String action;

    public Permission(String resource, String action) {
        this.resource = resource;
        this.action = action;
    }

    public String getResource() {
        return resource;
    }

    public String getAction() {
        return action;
    }
}
