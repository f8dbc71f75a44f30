package com.alibaba.nacos.auth.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.alibaba.nacos.auth.parser.DefaultResourceParser;
import com.alibaba.nacos.auth.parser.ResourceParser;
import com.alibaba.nacos.plugin.auth.constant.ActionTypes;
import com.alibaba.nacos.plugin.auth.constant.SignType;

/** Stand-in for the nacos-auth annotation (3.x attributes). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Secured {
    ActionTypes action() default ActionTypes.READ;

    String resource() default "";

    String signType() default SignType.NAMING;

    Class<? extends ResourceParser> parser() default DefaultResourceParser.class;

    String[] tags() default {};

    com.alibaba.nacos.plugin.auth.constant.ApiType apiType() default com.alibaba.nacos.plugin.auth.constant.ApiType.OPEN_API;
}
