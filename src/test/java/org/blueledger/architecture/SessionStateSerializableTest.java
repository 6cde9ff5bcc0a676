package org.blueledger.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a cluster ({@code <distributable/>}, issue #16) the session travels through the data grid,
 * and with it every view-scoped and session-scoped bean: each field they keep, and each field of
 * what those hold, must be serializable. This walks the declared field types (and the element
 * types of collections), so a record DTO without {@code Serializable}, a {@code Supplier} lambda
 * or an {@code Optional} in view state fails here rather than as "Cannot serialize … activeViewMaps"
 * in a running cluster. Injected fields are container proxies (serializable) and are skipped.
 */
class SessionStateSerializableTest {

    /** Beans whose references are container proxies (EJB, normal-scoped CDI), handed to lazy models. */
    static final List<Class<? extends java.lang.annotation.Annotation>> CONTAINER_PROXIED = List.of(
            jakarta.ejb.Stateless.class, jakarta.ejb.Singleton.class,
            jakarta.enterprise.context.ApplicationScoped.class, jakarta.enterprise.context.RequestScoped.class);

    @Test
    void everyViewAndSessionScopedBeanKeepsOnlySerializableState() {
        List<Class<?>> beans = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.blueledger")) {
            if (c.isAnnotatedWith(ViewScoped.class) || c.isAnnotatedWith(SessionScoped.class)) {
                beans.add(c.reflect());
            }
        }
        assertTrue(beans.size() > 5, "found the view-scoped beans: " + beans);
        List<String> problems = new ArrayList<>();
        Set<Type> seen = new HashSet<>();
        for (Class<?> bean : beans) {
            check(bean, bean.getSimpleName(), seen, problems);
        }
        assertEquals(List.of(), problems, "state that cannot travel with a replicated session");
    }

    private static void check(Type type, String path, Set<Type> seen, List<String> problems) {
        if (type instanceof ParameterizedType p) {
            check(p.getRawType(), path, seen, problems);
            for (Type arg : p.getActualTypeArguments()) {
                check(arg, path + "<>", seen, problems);
            }
            return;
        }
        if (type instanceof GenericArrayType a) {
            check(a.getGenericComponentType(), path + "[]", seen, problems);
            return;
        }
        if (type instanceof WildcardType || type instanceof TypeVariable<?>) {
            return;
        }
        Class<?> c = (Class<?>) type;
        if (c.isArray()) {
            check(c.getComponentType(), path + "[]", seen, problems);
            return;
        }
        if (c.isPrimitive() || c.isEnum() || c == Object.class || !seen.add(c)) {
            return; // Object: a value of a statistics cell (Long, String), not checkable here
        }
        if (CONTAINER_PROXIED.stream().anyMatch(c::isAnnotationPresent)) {
            return; // the field holds the container's proxy of the bean, which is serializable
        }
        if (c.isInterface()) {
            // the collections are serializable as implemented here (ArrayList, List.of, HashMap ...)
            if (!Collection.class.isAssignableFrom(c) && !Map.class.isAssignableFrom(c)
                    && !Serializable.class.isAssignableFrom(c) && !c.getName().startsWith("org.primefaces.")) {
                problems.add(path + ": " + c.getName() + " (an interface that is not Serializable, e.g. a lambda)");
            }
            return;
        }
        if (!Serializable.class.isAssignableFrom(c)) {
            problems.add(path + ": " + c.getName() + " is not Serializable");
            return;
        }
        if (!c.getName().startsWith("org.blueledger.")) {
            return;
        }
        for (Class<?> k = c; k != null && k.getName().startsWith("org.blueledger."); k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(Inject.class)
                        || f.isSynthetic() && f.getName().startsWith("this$")) {
                    continue;
                }
                check(f.getGenericType(), path + "." + f.getName(), seen, problems);
            }
        }
    }
}
