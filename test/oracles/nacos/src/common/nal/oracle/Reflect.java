package nal.oracle;

import java.lang.reflect.Field;
import java.lang.reflect.Method;

/** Reads what the real classes keep private (decoded key bytes, parsed switches) without changing them. */
public final class Reflect {
    public static Object field(Object o, String name) throws Exception {
        for (Class<?> c = o.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(o);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(name);
    }

    public static boolean hasMethod(Object o, String name) {
        for (Method m : o.getClass().getMethods()) if (m.getName().equals(name)) return true;
        return false;
    }

    public static Object call(Object o, String name) throws Exception {
        Method m = o.getClass().getMethod(name);
        m.setAccessible(true);
        return m.invoke(o);
    }
}
