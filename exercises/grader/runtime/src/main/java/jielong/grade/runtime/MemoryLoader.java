package jielong.grade.runtime;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;

/**
 * A class loader over classes and resources the supervisor sent: nothing it holds is a file, so no
 * path on disk leads to the graded tests. It never hands out a class's bytes as a resource, and it
 * forgets each class's bytes once the class is defined.
 */
final class MemoryLoader extends ClassLoader {
    private final Map<String, byte[]> classes;
    private final Map<String, byte[]> resources;

    MemoryLoader(String name, ClassLoader parent, Map<String, byte[]> classes, Map<String, byte[]> resources) {
        super(name, parent);
        this.classes = classes;
        this.resources = resources;
    }

    /** Its own classes first: a learner's class of the same name as a graded test must not stand in for it. */
    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            boolean mine;
            synchronized (classes) {
                mine = classes.containsKey(name);
            }
            if (c == null && mine) c = findClass(name);
            if (c == null) return super.loadClass(name, resolve);
            if (resolve) resolveClass(c);
            return c;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes;
        synchronized (classes) {
            bytes = classes.remove(name);
        }
        if (bytes == null) throw new ClassNotFoundException(name);
        return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
        InputStream fromParent = getParent() == null ? null : getParent().getResourceAsStream(name);
        if (fromParent != null) return fromParent;
        byte[] bytes = resources.get(name.startsWith("/") ? name.substring(1) : name);
        return bytes == null ? null : new ByteArrayInputStream(bytes);
    }

    /** No URL points into memory; {@link #getResourceAsStream} is how tests read their fixtures. */
    @Override
    protected URL findResource(String name) {
        return null;
    }
}
