package com.alibaba.nacos.auth.parser;

public interface ResourceParser {
    String parseName(Object request);
}
