package com.alibaba.nacos.plugin.auth.impl.users;

public class NacosUser {
    private String userName;
    private String token;
    private boolean globalAdmin;

    public NacosUser() {
    }

    public NacosUser(String userName) {
        this.userName = userName;
    }

    public NacosUser(String userName, String token) {
        this.userName = userName;
        this.token = token;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public boolean isGlobalAdmin() {
        return globalAdmin;
    }

    public void setGlobalAdmin(boolean globalAdmin) {
        this.globalAdmin = globalAdmin;
    }
}
