package com.alibaba.nacos.auth.context;

import com.alibaba.nacos.plugin.auth.api.IdentityContext;

/** Inert stand-in: the oracle's authentication plugin needs no identity fields. */
public class HttpIdentityContextBuilder {
    public HttpIdentityContextBuilder(Object authConfigs) {
    }

    public IdentityContext build(Object request) {
        return new IdentityContext();
    }
}
