package com.alibaba.nacos.sys.env;

/** Stand-in (the corpus copies the real one where AuthFilter uses it). */
public interface Constants {
    String STANDALONE_MODE_PROPERTY_NAME = "nacos.standalone";
    String NACOS_SERVER_HEADER = "Nacos-Server";
}
