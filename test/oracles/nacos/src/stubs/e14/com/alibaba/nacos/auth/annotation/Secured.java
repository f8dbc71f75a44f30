package com.alibaba.nacos.auth.annotation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.alibaba.nacos.auth.parser.DefaultResourceParser;
import com.alibaba.nacos.auth.parser.ResourceParser;

/** Stand-in for the 1.4.x–2.0.x nacos-auth annotation; the oracle's API names its resource. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Secured {
    String action() default "r";

    String resource() default "";

    Class<? extends ResourceParser> parser() default DefaultResourceParser.class;
}
