package com.alibaba.nacos.auth.parser;

import com.alibaba.nacos.auth.annotation.Secured;
import com.alibaba.nacos.plugin.auth.api.Resource;

public interface ResourceParser<R> {
    Resource parse(R request, Secured secured);
}
