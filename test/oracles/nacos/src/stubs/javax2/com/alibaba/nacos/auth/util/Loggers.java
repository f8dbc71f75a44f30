package com.alibaba.nacos.auth.util;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class Loggers {
    public static final Logger AUTH = LoggerFactory.getLogger("com.alibaba.nacos.core.auth");
}
