package nal.oracle;

import java.util.Map;

/** One per era (src/eras/<era>/nal/oracle/EraProbe.java): runs that era's real classes on one request. */
public interface Probe {
    void run(Ctx ctx, Map<String, Object> out) throws Exception;
}
