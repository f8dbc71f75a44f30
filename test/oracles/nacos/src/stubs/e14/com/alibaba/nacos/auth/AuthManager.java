package com.alibaba.nacos.auth;

import com.alibaba.nacos.auth.exception.AccessException;
import com.alibaba.nacos.auth.model.Permission;

/**
 * Stand-in for the 1.4.x–2.0.x AuthManager (the console's NacosAuthManager behind it needs a user database): it
 * records that a request fell through to user authentication and refuses it, as a request without a token is.
 */
public class AuthManager {
    public static int asked;

    public Object login(Object request) throws AccessException {
        asked++;
        throw new AccessException("oracle: user authentication required");
    }

    public void auth(Permission permission, Object user) throws AccessException {
        throw new AccessException("oracle: user authentication required");
    }
}
