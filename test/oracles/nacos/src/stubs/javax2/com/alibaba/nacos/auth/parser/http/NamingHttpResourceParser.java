package com.alibaba.nacos.auth.parser.http;

public class NamingHttpResourceParser extends AbstractHttpResourceParser {
}
