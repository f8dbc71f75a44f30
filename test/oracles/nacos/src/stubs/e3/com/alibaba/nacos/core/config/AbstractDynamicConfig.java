package com.alibaba.nacos.core.config;

import com.alibaba.nacos.common.event.ServerConfigChangeEvent;
import com.alibaba.nacos.common.notify.Event;
import com.alibaba.nacos.common.notify.NotifyCenter;
import com.alibaba.nacos.common.notify.listener.Subscriber;

/** Stand-in for nacos-core AbstractDynamicConfig: subscribes for hot reload and reads the env in resetConfig(). */
public abstract class AbstractDynamicConfig extends Subscriber<ServerConfigChangeEvent> {
    private final String configName;

    protected AbstractDynamicConfig(String configName) {
        this.configName = configName;
        NotifyCenter.registerSubscriber(this);
    }

    @Override
    public void onEvent(ServerConfigChangeEvent event) {
        resetConfig();
    }

    @Override
    public Class<? extends Event> subscribeType() {
        return ServerConfigChangeEvent.class;
    }

    protected void resetConfig() {
        getConfigFromEnv();
    }

    protected abstract void getConfigFromEnv();

    protected abstract String printConfig();
}
