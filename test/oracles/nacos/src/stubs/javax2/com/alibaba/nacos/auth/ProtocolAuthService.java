package com.alibaba.nacos.auth;

import com.alibaba.nacos.auth.annotation.Secured;
import com.alibaba.nacos.plugin.auth.api.IdentityContext;
import com.alibaba.nacos.plugin.auth.api.Permission;
import com.alibaba.nacos.plugin.auth.api.Resource;
import com.alibaba.nacos.plugin.auth.exception.AccessException;

/** Stand-in for the 2.1.0–2.4.x interface (2.5.x has it in the corpus). */
public interface ProtocolAuthService<R> {
    void initialize();

    boolean enableAuth(Secured secured);

    Resource parseResource(R request, Secured secured);

    IdentityContext parseIdentity(R request);

    boolean validateIdentity(IdentityContext identityContext, Resource resource) throws AccessException;

    boolean validateAuthority(IdentityContext identityContext, Permission permission) throws AccessException;
}
