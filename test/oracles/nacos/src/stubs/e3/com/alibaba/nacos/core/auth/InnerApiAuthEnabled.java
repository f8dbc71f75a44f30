package com.alibaba.nacos.core.auth;

/** Stand-in: upstream turns the inner-API identity check on once every member runs 3.x; the oracle assumes it has. */
public class InnerApiAuthEnabled {
    public boolean isEnabled() {
        return true;
    }
}
