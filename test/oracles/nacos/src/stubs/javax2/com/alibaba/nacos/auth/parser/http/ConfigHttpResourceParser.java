package com.alibaba.nacos.auth.parser.http;

public class ConfigHttpResourceParser extends AbstractHttpResourceParser {
}
