package com.alibaba.nacos.auth.parser.http;

public class AiHttpResourceParser extends AbstractHttpResourceParser {
}
