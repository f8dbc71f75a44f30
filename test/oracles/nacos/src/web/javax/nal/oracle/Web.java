package nal.oracle;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.Filter;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Runs a real auth filter on one request built from the request's headers (Spring's servlet mocks, javax). */
public final class Web {
    public static MockHttpServletRequest request(Map<String, String> headers) {
        MockHttpServletRequest req = new MockHttpServletRequest("GET", "/nacos/v1/core/cluster/nodes");
        headers.forEach(req::addHeader);
        return req;
    }

    public static Map<String, Object> filter(Object filter, Map<String, String> headers) throws Exception {
        MockHttpServletRequest req = request(headers);
        MockHttpServletResponse resp = new MockHttpServletResponse();
        boolean[] passed = {false};
        ((Filter) filter).doFilter(req, resp, (q, r) -> passed[0] = true);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("passed", passed[0]);
        m.put("status", resp.getStatus());
        if (resp.getErrorMessage() != null) m.put("message", resp.getErrorMessage());
        return m;
    }
}
