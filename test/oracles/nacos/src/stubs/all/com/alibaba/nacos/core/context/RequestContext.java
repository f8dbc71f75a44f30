package com.alibaba.nacos.core.context;

/** Inert stand-in: the filter stores the authentication outcome here after the identity decision. */
public class RequestContext {
    private final AuthContext authContext = new AuthContext();

    public AuthContext getAuthContext() {
        return authContext;
    }

    public static class AuthContext {
        private Object identityContext;
        private Object resource;
        private Object authResult;

        public Object getIdentityContext() {
            return identityContext;
        }

        public void setIdentityContext(Object identityContext) {
            this.identityContext = identityContext;
        }

        public Object getResource() {
            return resource;
        }

        public void setResource(Object resource) {
            this.resource = resource;
        }

        public Object getAuthResult() {
            return authResult;
        }

        public void setAuthResult(Object authResult) {
            this.authResult = authResult;
        }
    }
}
