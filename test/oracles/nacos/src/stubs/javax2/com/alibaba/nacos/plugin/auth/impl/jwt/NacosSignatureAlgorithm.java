package com.alibaba.nacos.plugin.auth.impl.jwt;

import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Base64;

import javax.crypto.Mac;

import com.alibaba.nacos.plugin.auth.exception.AccessException;
import com.alibaba.nacos.plugin.auth.impl.users.NacosUser;

/**
 * Stand-in with upstream's algorithm names and JCA names (what NacosJwtParser's constructor uses); sign is a plain
 * HMAC over base64url(header).base64url(payload) so that a token can be issued, verify is not needed by the oracle.
 */
public enum NacosSignatureAlgorithm {
    HS256("HS256", "HmacSHA256"), HS384("HS384", "HmacSHA384"), HS512("HS512", "HmacSHA512");

    private final String algorithm;
    private final String jcaName;

    NacosSignatureAlgorithm(String algorithm, String jcaName) {
        this.algorithm = algorithm;
        this.jcaName = jcaName;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public String getJcaName() {
        return jcaName;
    }

    String sign(NacosJwtPayload payload, Key key) {
        try {
            Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
            String head = enc.encodeToString(("{\"alg\":\"" + algorithm + "\"}").getBytes(StandardCharsets.UTF_8));
            String body = enc.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance(jcaName);
            mac.init(key);
            return head + "." + body + "." + enc.encodeToString(mac.doFinal((head + "." + body).getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static NacosUser verify(String token, Key key) throws AccessException {
        throw new AccessException("not modelled by the oracle");
    }

    static long getExpiredTimeInSeconds(String token, Key key) throws AccessException {
        throw new AccessException("not modelled by the oracle");
    }
}
