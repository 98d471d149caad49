package vn.dcim.web.ui;

import ognl.ObjectPropertyAccessor;
import ognl.OgnlContext;
import ognl.OgnlException;
import ognl.OgnlRuntime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a record's component in a screen's expression ({@code ${row.name}}) through its accessor, found once per
 * record type. The screens' rows are records, and OGNL looks for a {@code getName()} first; finding none, it searched
 * every method of the record by name again at every read, uncached: a quarter of a screen's rendering time went there.
 * Anything else (a record's other methods, a name that is no component, a type OGNL may not read) is left to OGNL as
 * before, and OGNL's member access still decides whether an accessor may be called.
 */
final class RecordProperties extends ObjectPropertyAccessor {
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            if (!type.isRecord() || !reachable(type)) {
                return Map.of();
            }
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                accessors.put(component.getName(), component.getAccessor());
            }
            return Map.copyOf(accessors);
        }
    };

    private RecordProperties() {
    }

    /** Every record read in a template from now on: OGNL keeps one accessor per type, for the whole JVM. */
    static void install() {
        OgnlRuntime.setPropertyAccessor(Record.class, new RecordProperties());
    }

    @Override
    public Object getPossibleProperty(Map context, Object target, String name) throws OgnlException {
        Method accessor = ACCESSORS.get(target.getClass()).get(name);
        if (accessor == null || !((OgnlContext) context).getMemberAccess().isAccessible(context, target, accessor, name)) {
            return super.getPossibleProperty(context, target, name);
        }
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException e) {
            return super.getPossibleProperty(context, target, name);
        } catch (InvocationTargetException e) {
            throw new OgnlException(name, e.getCause());
        }
    }

    /** A public type whose enclosing types are public too: its accessors can be called from here. */
    private static boolean reachable(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }
}
