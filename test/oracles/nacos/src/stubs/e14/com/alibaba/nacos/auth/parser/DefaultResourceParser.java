package com.alibaba.nacos.auth.parser;

public class DefaultResourceParser implements ResourceParser {
    @Override
    public String parseName(Object request) {
        return "";
    }
}
