package com.alibaba.nacos.auth.exception;

import com.alibaba.nacos.api.exception.NacosException;

public class AccessException extends NacosException {
    public AccessException(String msg) {
        super(NO_RIGHT, msg);
    }
}
