package nal.oracle;

import java.util.Map;

/** Names the outcome of one peer request through a real auth filter (see README.md, "identity"). */
public final class Identity {
    public static final String FORBIDDEN_TEXT = "Invalid server identity key or value";

    /**
     * @param web        Web.filter's answer
     * @param beforeAuth true when the filter let the request through before it looked up the controller method (≤ 2.4.x
     *                   decide the identity first) or the real checkServerIdentity said MATCHED (2.5.0+)
     * @param asked      the authentication plugin / manager was asked: the request fell through to user authentication
     */
    public static String verdict(boolean authEnabled, Map<String, Object> web, boolean beforeAuth, boolean asked) {
        if (!authEnabled) return "auth-off";
        Object msg = web.get("message");
        if (Integer.valueOf(403).equals(web.get("status")) && msg != null && msg.toString().contains(FORBIDDEN_TEXT)) return "forbidden";
        if (Boolean.TRUE.equals(web.get("passed")) && beforeAuth) return "accepted";
        if (asked) return "user-auth";
        if (Boolean.TRUE.equals(web.get("passed"))) return "unenforced";
        return "refused";
    }
}
