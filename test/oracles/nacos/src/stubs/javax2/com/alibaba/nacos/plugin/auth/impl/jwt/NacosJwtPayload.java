package com.alibaba.nacos.plugin.auth.impl.jwt;

public class NacosJwtPayload {
    private String sub;
    private long exp;

    public String getSub() {
        return sub;
    }

    public void setSub(String sub) {
        this.sub = sub;
    }

    public long getExp() {
        return exp;
    }

    public void setExp(long exp) {
        this.exp = exp;
    }

    @Override
    public String toString() {
        return "{\"sub\":\"" + sub + "\",\"exp\":" + exp + "}";
    }
}
